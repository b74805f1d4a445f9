package com.chatter.chat;

/** No such message, or one in a conversation the current user is not in (both look the same). */
public class MessageNotFoundException extends RuntimeException {

    public MessageNotFoundException(MessageId id) {
        super("Message not found: " + id.value());
    }
}
