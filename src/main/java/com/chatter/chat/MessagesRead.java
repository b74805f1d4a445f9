package com.chatter.chat;

import com.chatter.account.UserId;

/** A member has read a conversation up to and including {@code lastReadSeq}. */
public record MessagesRead(ConversationId conversationId, UserId readerId, long lastReadSeq) implements ChatEvent {
}
