package com.chatter.chat;

/** The author deleted a message for everyone: its text is gone, it shows "This message was deleted". */
public record MessageDeleted(ConversationId conversationId, MessageId messageId, long seq) implements MessageChanged {
}
