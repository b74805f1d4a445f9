package com.chatter.block;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One person has blocked another. */
@Entity
@Table(name = "account_block")
@IdClass(AccountBlock.Key.class)
class AccountBlock {

    record Key(long blockerId, long blockedId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "blocker_id", nullable = false)
    private long blockerId;

    @Id
    @Column(name = "blocked_id", nullable = false)
    private long blockedId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountBlock() {
    }

    AccountBlock(long blockerId, long blockedId, Instant createdAt) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createdAt = createdAt;
    }
}
