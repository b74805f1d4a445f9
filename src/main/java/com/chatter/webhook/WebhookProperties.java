package com.chatter.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outgoing webhooks of this deployment, e.g.
 *
 * <pre>
 * chatter.webhooks.endpoints[0].url=https://example.com/chatter-events
 * chatter.webhooks.endpoints[0].secret=${CHATTER_WEBHOOK_SECRET}
 * chatter.webhooks.endpoints[0].events=message.posted,conversation.created
 * </pre>
 *
 * @param endpoints where to post; none by default
 * @param maxAttempts attempts per event and endpoint, the first one included
 * @param firstRetry the wait before the second attempt; it doubles for each further one
 * @param timeout how long one attempt may take (connecting and answering)
 */
@ConfigurationProperties("chatter.webhooks")
public record WebhookProperties(@DefaultValue List<Endpoint> endpoints, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration firstRetry, @DefaultValue("5s") Duration timeout) {

    /**
     * One receiver.
     *
     * @param url where events are posted (http or https)
     * @param secret the key of the {@code X-Chatter-Signature} HMAC; the receiver checks it with the same key
     * @param events the event types to post ({@code message.posted}, …); empty means all
     */
    public record Endpoint(URI url, String secret, @Nullable Set<String> events) {

        boolean wants(String type) {
            return events == null || events.isEmpty() || events.contains(type);
        }
    }
}
