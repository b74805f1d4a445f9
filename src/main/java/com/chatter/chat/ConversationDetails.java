package com.chatter.chat;

import com.chatter.account.UserSummary;

/** An open conversation as its member sees it: who is in it and how far each person has read. */
public record ConversationDetails(ConversationId id, UserSummary me, UserSummary other, long lastSeq,
        long myLastReadSeq, long otherLastReadSeq) {
}
