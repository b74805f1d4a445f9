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

    protected ConversationMember() {
    }

    ConversationMember(long conversationId, long accountId, Instant joinedAt) {
        this.key = new Key(conversationId, accountId);
        this.joinedAt = joinedAt;
    }

    long accountId() {
        return key.accountId();
    }

    long lastReadSeq() {
        return lastReadSeq;
    }
}
