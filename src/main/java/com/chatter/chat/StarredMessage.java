package com.chatter.chat;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message a member starred (listed on their /starred page). */
@Entity
@Table(name = "starred_message")
class StarredMessage {

    @EmbeddedId
    private MemberMark key;

    @Column(name = "starred_at", nullable = false)
    private Instant starredAt;

    protected StarredMessage() {
    }

    StarredMessage(long accountId, long messageId, Instant starredAt) {
        this.key = new MemberMark(accountId, messageId);
        this.starredAt = starredAt;
    }

    long messageId() {
        return key.messageId();
    }

    Instant starredAt() {
        return starredAt;
    }
}
