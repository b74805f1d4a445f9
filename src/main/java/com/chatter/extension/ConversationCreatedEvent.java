package com.chatter.extension;

import java.time.Instant;
import java.util.Set;

/**
 * A new conversation was created (the first time two people open a chat with each other).
 *
 * <pre>{@code
 * @EventListener
 * void on(ConversationCreatedEvent e) { log.info("{} started {}", e.createdById(), e.conversationId()); }
 * }</pre>
 *
 * @param conversationId the conversation
 * @param createdById who opened it
 * @param memberIds its members (account ids)
 * @param occurredAt when
 */
public record ConversationCreatedEvent(long conversationId, long createdById, Set<Long> memberIds,
        Instant occurredAt) implements IntegrationEvent {

    @Override
    public String type() {
        return "conversation.created";
    }
}
