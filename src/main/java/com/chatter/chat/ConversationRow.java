package com.chatter.chat;

import java.time.Instant;

/**
 * A row of the chat-list query: the conversation, my membership, the other member's positions and name, and the
 * newest message's copy on the conversation row ({@code lastMessageId} null before the first message; its time is
 * {@code lastActivityAt} then).
 */
record ConversationRow(long conversationId, long lastSeq, Instant lastActivityAt, long myLastReadSeq,
        long otherId, long otherLastReadSeq, Long lastMessageId, Long lastSenderId, String lastContent,
        long otherLastDeliveredSeq, Instant pinnedAt, boolean archived, boolean muted,
        boolean markedUnread, String draft, String otherUsername, String otherDisplayName, boolean otherBot) {

    ChatListState state() {
        return new ChatListState(pinnedAt, archived, muted, markedUnread, draft);
    }
}
