package com.chatter.extension;

import java.time.Instant;

/**
 * A message's text was changed by its sender. Published by the message actions where the application has them.
 *
 * <pre>{@code
 * @EventListener
 * void on(MessageEditedEvent e) { index.update(e.messageId(), e.text()); }
 * }</pre>
 *
 * @param messageId the message
 * @param conversationId its conversation
 * @param editorId who changed it (its sender)
 * @param text the new text
 * @param occurredAt when it was changed
 */
public record MessageEditedEvent(long messageId, long conversationId, long editorId, String text,
        Instant occurredAt) implements IntegrationEvent {

    @Override
    public String type() {
        return "message.edited";
    }
}
