package com.chatter.chat;

import com.chatter.account.UserId;

/** Somebody is typing in a conversation; the indicator goes away by itself about 3 s later. */
public record TypingStarted(ConversationId conversationId, UserId userId) implements ChatEvent {
}
