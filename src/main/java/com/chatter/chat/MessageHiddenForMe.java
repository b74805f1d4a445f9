package com.chatter.chat;

import com.chatter.account.UserId;

/** A member deleted a message for themselves (relayed to that member's own sessions only). */
public record MessageHiddenForMe(ConversationId conversationId, MessageId messageId, long seq, UserId memberId)
        implements MessageChanged {
}
