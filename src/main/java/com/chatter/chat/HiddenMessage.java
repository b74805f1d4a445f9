package com.chatter.chat;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message a member deleted for themselves: gone from their history, search and previews only. */
@Entity
@Table(name = "hidden_message")
class HiddenMessage {

    @EmbeddedId
    private MemberMark key;

    @Column(name = "hidden_at", nullable = false)
    private Instant hiddenAt;

    protected HiddenMessage() {
    }

    HiddenMessage(long accountId, long messageId, Instant hiddenAt) {
        this.key = new MemberMark(accountId, messageId);
        this.hiddenAt = hiddenAt;
    }
}
