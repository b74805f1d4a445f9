package com.chatter.chat;

/** No such conversation, or the current user is not in it: the two are deliberately indistinguishable. */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(ConversationId id) {
        super("Conversation " + id + " not found");
    }
}
