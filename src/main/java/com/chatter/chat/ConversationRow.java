package com.chatter.chat;

import java.time.Instant;

/** A row of the chat-list query, before the other member's name is added. */
record ConversationRow(long conversationId, long lastSeq, Instant lastActivityAt, long myLastReadSeq,
        long otherId, long otherLastReadSeq, Long lastMessageId, Long lastSenderId, String lastContent,
        Instant lastCreatedAt, long otherLastDeliveredSeq, Instant pinnedAt, boolean archived, boolean muted,
        boolean markedUnread, String draft) {

    ChatListState state() {
        return new ChatListState(pinnedAt, archived, muted, markedUnread, draft);
    }
}
