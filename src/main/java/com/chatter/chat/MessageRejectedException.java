package com.chatter.chat;

/** A message was not sent; the message says why in words for the person who typed it. */
public class MessageRejectedException extends RuntimeException {

    public MessageRejectedException(String message) {
        super(message);
    }
}
