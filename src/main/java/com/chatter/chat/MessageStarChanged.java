package com.chatter.chat;

import com.chatter.account.UserId;

/** A member starred a message or took the star back (relayed to that member's own sessions only). */
public record MessageStarChanged(ConversationId conversationId, MessageId messageId, long seq, UserId memberId,
        boolean starred) implements MessageChanged {
}
