package com.chatter.chat;

import java.io.Serializable;

/** What the chat relays live to the sessions of the people in a conversation. */
public sealed interface ChatEvent extends Serializable permits MessagePosted, TypingStarted, MessagesRead,
        MessagesDelivered, ChatStateChanged, MessageChanged {

    ConversationId conversationId();
}
