package com.chatter.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "conversation")
class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direct_key")
    private String directKey;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_message_at")
    private Instant lastMessageAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The newest message, copied for the chat list (see V8__chat_list_preview.sql); null before the first one. */
    @Column(name = "last_message_id")
    private Long lastMessageId;

    @Column(name = "last_sender_id")
    private Long lastSenderId;

    @Column(name = "last_content")
    private String lastContent;

    protected Conversation() {
    }

    private Conversation(String directKey, long createdBy, Instant createdAt) {
        this.directKey = directKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static Conversation direct(long a, long b, long createdBy, Instant now) {
        return new Conversation(directKey(a, b), createdBy, now);
    }

    static String directKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    /** Takes the next sequence number; the caller holds the row lock. */
    long nextSeq(Instant now) {
        lastSeq++;
        lastMessageAt = now;
        return lastSeq;
    }

    /** The message just stored with {@link #nextSeq}'s number is the newest: the chat list shows it. */
    void showLast(Message message) {
        lastMessageId = message.id();
        lastSenderId = message.senderId();
        lastContent = message.content();
    }

    ConversationId id() {
        return new ConversationId(id);
    }

    long lastSeq() {
        return lastSeq;
    }
}
