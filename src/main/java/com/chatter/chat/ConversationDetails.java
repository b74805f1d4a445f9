package com.chatter.chat;

import com.chatter.account.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * An open conversation as its member sees it: who is in it, how far each person has read, how far my messages
 * have been delivered to the other person, and how I keep it in my list (with the draft I left in it).
 */
public record ConversationDetails(ConversationId id, UserSummary me, UserSummary other, long lastSeq,
        long myLastReadSeq, long otherLastReadSeq, long otherDeliveredSeq, ChatListState myState) {

    public ConversationDetails(ConversationId id, UserSummary me, UserSummary other, long lastSeq,
            long myLastReadSeq, long otherLastReadSeq) {
        this(id, me, other, lastSeq, myLastReadSeq, otherLastReadSeq, otherLastReadSeq, ChatListState.NONE);
    }

    /** The draft I left in this chat, or null. */
    public @Nullable String myDraft() {
        return myState.draft();
    }
}
