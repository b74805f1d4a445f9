package com.chatter.chat;

/**
 * A message already shown changed: views update that one bubble (and a chat list row whose newest message it is)
 * in place. Relayed after commit like every {@link ChatEvent}.
 */
public sealed interface MessageChanged extends ChatEvent
        permits MessageEdited, MessageDeleted, ReactionsChanged, MessageHiddenForMe, MessageStarChanged {

    MessageId messageId();

    long seq();
}
