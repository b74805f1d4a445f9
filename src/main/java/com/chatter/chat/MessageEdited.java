package com.chatter.chat;

import java.time.Instant;

/** The author edited a message: the new text, the time of the edit. Its place in the conversation stays. */
public record MessageEdited(ConversationId conversationId, MessageId messageId, long seq, String content,
        Instant editedAt) implements MessageChanged {
}
