package com.chatter.extension;

import java.time.Instant;

/**
 * A message was deleted. Published by the message actions where the application has them.
 *
 * <pre>{@code
 * @EventListener
 * void on(MessageDeletedEvent e) { index.remove(e.messageId()); }
 * }</pre>
 *
 * @param messageId the message
 * @param conversationId its conversation
 * @param deletedById who deleted it
 * @param occurredAt when
 */
public record MessageDeletedEvent(long messageId, long conversationId, long deletedById, Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String type() {
        return "message.deleted";
    }
}
