package com.chatter.chat;

import java.util.List;

/** The reactions of a message after a member reacted or took a reaction back. */
public record ReactionsChanged(ConversationId conversationId, MessageId messageId, long seq, List<Reaction> reactions)
        implements MessageChanged {

    public ReactionsChanged {
        reactions = List.copyOf(reactions);
    }
}
