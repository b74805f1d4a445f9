package com.chatter.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's one reaction to a message. */
@Entity
@Table(name = "message_reaction")
class MessageReaction {

    @Embeddable
    record Key(@Column(name = "message_id") long messageId, @Column(name = "account_id") long accountId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String emoji;

    @Column(name = "reacted_at", nullable = false)
    private Instant reactedAt;

    protected MessageReaction() {
    }

    MessageReaction(long messageId, long accountId, String emoji, Instant reactedAt) {
        this.key = new Key(messageId, accountId);
        this.emoji = emoji;
        this.reactedAt = reactedAt;
    }

    long messageId() {
        return key.messageId();
    }

    long accountId() {
        return key.accountId();
    }

    String emoji() {
        return emoji;
    }

    Instant reactedAt() {
        return reactedAt;
    }

    void change(String newEmoji, Instant now) {
        this.emoji = newEmoji;
        this.reactedAt = now;
    }
}
