package com.chatter.chat;

import com.chatter.account.UserId;
import java.time.Instant;

/** A stored message. {@code seq} numbers the messages of one conversation 1, 2, 3, … without gaps. */
public record ChatMessage(MessageId id, ConversationId conversationId, long seq, UserId senderId, String content,
        Instant createdAt) implements java.io.Serializable {
}
