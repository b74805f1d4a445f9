package com.chatter.search;

/** The chat to search in does not exist or the current user is not in it (indistinguishable on purpose). */
public class NoSuchChatException extends RuntimeException {

    public NoSuchChatException(long conversationId) {
        super("Conversation " + conversationId + " not found");
    }
}
