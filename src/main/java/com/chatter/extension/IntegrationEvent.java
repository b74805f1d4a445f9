package com.chatter.extension;

import java.time.Instant;

/**
 * What happened in the chat, told to any Spring bean after the transaction committed: listen with
 * {@code @EventListener}. Events are delivered on the application's event thread ({@code chatter-events}), in
 * commit order, never on the thread of the person who caused them; a listener that is slow holds up the events
 * after it, so hand long work to your own executor. Don't throw: an exception is logged, and later listeners of
 * that one event may miss it. The records hold only ids, texts and instants, so they serialize to JSON as they
 * are (the outgoing webhooks post them).
 *
 * <pre>{@code
 * @Component
 * class Audit {
 *     @EventListener
 *     void on(MessagePostedEvent posted) {
 *         log.info("{} wrote in {}", posted.sender().username(), posted.conversationId());
 *     }
 * }
 * }</pre>
 *
 * <p>{@link MessageEditedEvent} and {@link MessageDeletedEvent} are published by the message actions (edit and
 * delete) where the application has them.
 */
public sealed interface IntegrationEvent permits MessagePostedEvent, MessageEditedEvent, MessageDeletedEvent,
        ConversationCreatedEvent, UserRegisteredEvent {

    /** The event's type as the webhooks name it, e.g. {@code message.posted}. */
    String type();

    /** When it happened. */
    Instant occurredAt();
}
