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

    long conversationId() {
        return conversationId;
    }

    ChatMessage toDto() {
        return new ChatMessage(new MessageId(id), new ConversationId(conversationId), seq, new UserId(senderId),
                content, createdAt);
    }
}
