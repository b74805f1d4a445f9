package com.chatter.webhook;

import com.chatter.extension.IntegrationEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts every {@link IntegrationEvent} to the configured endpoints:
 * {@code {"id": "<delivery id>", "type": "message.posted", "occurredAt": "…", "data": {…the event's record…}}}
 * with the headers {@code X-Chatter-Event} (the type), {@code X-Chatter-Delivery} (the id, the same on every retry,
 * for the receiver to drop duplicates) and {@code X-Chatter-Signature: sha256=<hex HMAC-SHA256 of the body with the
 * endpoint's secret>}. An answer other than 2xx, a timeout or a refused connection is retried after 1 s, 2 s, 4 s, …
 * up to {@code maxAttempts}, then given up and logged. Everything is asynchronous (the JDK's HTTP client and one
 * scheduling thread): a dead endpoint never holds up the event thread, other endpoints or any person. Deliveries
 * live in memory: those still retrying when the process stops are lost. Counted as {@code chat.webhooks.deliveries}
 * (tag {@code outcome}: {@code delivered}, {@code retried}, {@code failed}).
 */
@Component
class WebhookSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final String SIGNATURE = "X-Chatter-Signature";

    private final WebhookProperties properties;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final HttpClient http;
    private final ScheduledExecutorService retries;

    WebhookSender(WebhookProperties properties, JsonMapper json, MeterRegistry meters) {
        this.properties = properties;
        this.json = json;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "webhook-retries");
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener
    void on(IntegrationEvent event) {
        if (properties.endpoints().isEmpty()) {
            return;
        }
        try {
            var id = UUID.randomUUID().toString();
            var envelope = new LinkedHashMap<String, Object>();
            envelope.put("id", id);
            envelope.put("type", event.type());
            envelope.put("occurredAt", event.occurredAt().toString());
            envelope.put("data", event);
            var body = json.writeValueAsString(envelope);
            for (var endpoint : properties.endpoints()) {
                if (endpoint.wants(event.type())) {
                    attempt(endpoint, id, event.type(), body, 1);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook for {} not sent", event.type(), e);
        }
    }

    private void attempt(WebhookProperties.Endpoint endpoint, String id, String type, String body, int attempt) {
        var request = HttpRequest.newBuilder(endpoint.url())
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Chatter-Webhooks")
                .header("X-Chatter-Event", type)
                .header("X-Chatter-Delivery", id)
                .header(SIGNATURE, signature(endpoint.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                count("delivered");
                return;
            }
            var reason = failure != null ? failure.toString() : "HTTP " + response.statusCode();
            if (attempt >= properties.maxAttempts()) {
                count("failed");
                log.warn("Webhook {} to {} given up after {} attempts: {}", id, endpoint.url(), attempt, reason);
                return;
            }
            count("retried");
            var wait = properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
            log.debug("Webhook {} to {} failed ({}), retrying in {}", id, endpoint.url(), reason, wait);
            if (!retries.isShutdown()) {
                retries.schedule(() -> attempt(endpoint, id, type, body, attempt + 1), wait.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        });
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of the body (UTF-8) keyed with the secret (UTF-8). */
    static String signature(String secret, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private void count(String outcome) {
        meters.counter("chat.webhooks.deliveries", "outcome", outcome).increment();
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
