package com.chatter.chat;

import com.chatter.account.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "message")
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(nullable = false)
    private long seq;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(name = "client_message_id", nullable = false)
    private String clientMessageId;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reply_to_id")
    private Long replyToId;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(nullable = false)
    private boolean forwarded;

    protected Message() {
    }

    Message(long conversationId, long seq, long senderId, String clientMessageId, String content, Instant createdAt) {
        this.conversationId = conversationId;
        this.seq = seq;
        this.senderId = senderId;
        this.clientMessageId = clientMessageId;
        this.content = content;
        this.createdAt = createdAt;
    }

    Message(long conversationId, long seq, long senderId, String clientMessageId, String content, Instant createdAt,
            Long replyToId, boolean forwarded) {
        this(conversationId, seq, senderId, clientMessageId, content, createdAt);
        this.replyToId = replyToId;
        this.forwarded = forwarded;
    }

    long id() {
        return id;
    }

    long conversationId() {
        return conversationId;
    }

    long seq() {
        return seq;
    }

    long senderId() {
        return senderId;
    }

    String content() {
        return content;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long replyToId() {
        return replyToId;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    /** A new text; the message keeps its place (sequence number and time). */
    void edit(String newContent, Instant now) {
        this.content = newContent;
        this.editedAt = now;
    }

    /** Deleted for everyone: the text is gone from the database, the bubble stays as "This message was deleted". */
    void deleteForEveryone(Instant now) {
        this.content = "";
        this.deletedAt = now;
    }

    /** The message without per-viewer or linked details (quote, reactions, star); see {@link MessageViews}. */
    ChatMessage toDto() {
        return new ChatMessage(new MessageId(id), new ConversationId(conversationId), seq, new UserId(senderId),
                content, createdAt, editedAt, deletedAt != null, forwarded, null, java.util.List.of(), false);
    }
}
