package com.chatter.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The key of a per-member mark on a message (hidden for me, starred). */
@Embeddable
record MemberMark(@Column(name = "account_id") long accountId, @Column(name = "message_id") long messageId)
        implements Serializable {
}
