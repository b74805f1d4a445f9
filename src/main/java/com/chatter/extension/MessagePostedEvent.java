package com.chatter.extension;

import java.time.Instant;
import java.util.Set;

/**
 * A message was stored (by a person, a bot or a command).
 *
 * <pre>{@code
 * @EventListener
 * void on(MessagePostedEvent e) { metrics.count(e.sender().bot() ? "bot" : "person"); }
 * }</pre>
 *
 * @param messageId the message
 * @param conversationId its conversation
 * @param seq its sequence number in the conversation
 * @param sender who wrote it
 * @param text the text as stored
 * @param occurredAt when it was stored
 * @param memberIds the conversation's members (account ids), the sender included
 */
public record MessagePostedEvent(long messageId, long conversationId, long seq, UserRef sender, String text,
        Instant occurredAt, Set<Long> memberIds) implements IntegrationEvent {

    @Override
    public String type() {
        return "message.posted";
    }
}
