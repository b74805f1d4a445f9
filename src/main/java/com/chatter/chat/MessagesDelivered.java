package com.chatter.chat;

import com.chatter.account.UserId;

/**
 * The messages of a conversation up to and including {@code lastDeliveredSeq} have reached at least one open page of
 * {@code recipientId} (two grey ticks for the sender).
 */
public record MessagesDelivered(ConversationId conversationId, UserId recipientId, long lastDeliveredSeq)
        implements ChatEvent {
}
