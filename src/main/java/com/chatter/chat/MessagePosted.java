package com.chatter.chat;

/** A message was stored (relayed only after its transaction committed). */
public record MessagePosted(ChatMessage message) implements ChatEvent {

    @Override
    public ConversationId conversationId() {
        return message.conversationId();
    }
}
