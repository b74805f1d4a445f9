package com.chatter.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "conversation_member")
class ConversationMember {

    @Embeddable
    record Key(@Column(name = "conversation_id") long conversationId,
               @Column(name = "account_id") long accountId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_read_seq", nullable = false)
    private long lastReadSeq;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "last_delivered_seq", nullable = false)
    private long lastDeliveredSeq;

    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "muted", nullable = false)
    private boolean muted;

    @Column(name = "marked_unread", nullable = false)
    private boolean markedUnread;

    @Column(name = "draft")
    private String draft;

    /** The other member of a direct conversation, fixed at its creation (for the chat list's join). */
    @Column(name = "other_account_id")
    private Long otherAccountId;

    protected ConversationMember() {
    }

    ConversationMember(long conversationId, long accountId, long otherAccountId, Instant joinedAt) {
        this.key = new Key(conversationId, accountId);
        this.otherAccountId = otherAccountId;
        this.joinedAt = joinedAt;
    }

    long accountId() {
        return key.accountId();
    }

    long lastReadSeq() {
        return lastReadSeq;
    }

    long lastDeliveredSeq() {
        return lastDeliveredSeq;
    }

    /** Replaces how this member keeps the conversation in their chat list. */
    void setState(ChatListState state) {
        this.pinnedAt = state.pinnedAt();
        this.archived = state.archived();
        this.muted = state.muted();
        this.markedUnread = state.markedUnread();
        this.draft = state.draft();
    }

    ChatListState state() {
        return new ChatListState(pinnedAt, archived, muted, markedUnread, draft);
    }
}
