package com.chatter.chat;

import com.chatter.account.UserSummary;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the chat list.
 *
 * @param lastMessage the newest message, or null before the first one
 * @param unreadCount messages of the other person that I have not read
 */
public record ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
        Instant lastActivityAt, long unreadCount, long otherLastReadSeq) {

    /** True when the newest message is mine and the other person has read it. */
    public boolean lastMessageReadByOther() {
        return lastMessage != null && otherLastReadSeq >= lastMessage.seq();
    }
}
