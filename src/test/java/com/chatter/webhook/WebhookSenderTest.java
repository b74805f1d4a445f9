package com.chatter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.extension.MessagePostedEvent;
import com.chatter.extension.UserRef;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Outgoing webhooks against a real local HTTP server (the JDK's). */
class WebhookSenderTest {

    record Received(String body, String signature, String delivery, String event) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final CountDownLatch hang = new CountDownLatch(1);
    private WebhookSender sender;

    @AfterEach
    void stop() {
        hang.countDown();
        if (sender != null) {
            sender.destroy();
        }
        servers.forEach(s -> s.stop(0));
    }

    /** A receiver that records each request and answers with the status the function gives for the n-th one. */
    private URI receiver(List<Received> received, java.util.function.IntUnaryOperator status) throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        var count = new AtomicInteger();
        server.createContext("/hook", exchange -> answer(exchange, received, status.applyAsInt(count.incrementAndGet())));
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    private void answer(HttpExchange exchange, List<Received> received, int status) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        received.add(new Received(body, headers.getFirst("X-Chatter-Signature"),
                headers.getFirst("X-Chatter-Delivery"), headers.getFirst("X-Chatter-Event")));
        if (status == 0) {
            try {
                hang.await(30, TimeUnit.SECONDS); // never answers in time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status == 0 ? 204 : status, -1);
        exchange.close();
    }

    private WebhookSender sender(int maxAttempts, WebhookProperties.Endpoint... endpoints) {
        sender = new WebhookSender(new WebhookProperties(List.of(endpoints), maxAttempts, Duration.ofMillis(50),
                Duration.ofMillis(700)), json, meters);
        return sender;
    }

    private static MessagePostedEvent event(String text) {
        return new MessagePostedEvent(7, 3, 1, new UserRef(1, "amy", "Amy", false), text,
                Instant.parse("2026-12-01T10:00:00Z"), Set.of(1L, 2L));
    }

    private static String hmac(String secret, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private double count(String outcome) {
        var counter = meters.find("chat.webhooks.deliveries").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void postsTheEventAsJsonSignedWithTheEndpointsSecret() throws Exception {
        var received = new CopyOnWriteArrayList<Received>();
        var url = receiver(received, n -> 204);
        sender(3, new WebhookProperties.Endpoint(url, "s3cr3t-ü", null)).on(event("hi \"there\" <b>"));

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        var request = received.getFirst();
        assertThat(request.signature()).isEqualTo(hmac("s3cr3t-ü", request.body()));
        assertThat(request.signature()).isNotEqualTo(hmac("another secret", request.body()));
        assertThat(request.event()).isEqualTo("message.posted");
        var tree = json.readTree(request.body());
        assertThat(tree.get("type").asString()).isEqualTo("message.posted");
        assertThat(tree.get("id").asString()).isEqualTo(request.delivery());
        assertThat(tree.get("data").get("text").asString()).isEqualTo("hi \"there\" <b>");
        assertThat(tree.get("data").get("sender").get("username").asString()).isEqualTo("amy");
        assertThat(tree.get("data").get("conversationId").asLong()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> count("delivered") == 1);
    }

    @Test
    void failedAttemptsAreRetriedWithBackoffAndTheSameDeliveryId() throws Exception {
        var received = new CopyOnWriteArrayList<Received>();
        var url = receiver(received, n -> n <= 2 ? 500 : 200);
        sender(5, new WebhookProperties.Endpoint(url, "k", Set.of())).on(event("retry me"));

        await().atMost(Duration.ofSeconds(10)).until(() -> count("delivered") == 1);
        assertThat(received).hasSize(3);
        assertThat(received).extracting(Received::delivery).containsOnly(received.getFirst().delivery());
        assertThat(received).extracting(Received::body).containsOnly(received.getFirst().body());
        assertThat(count("retried")).isEqualTo(2);
    }

    @Test
    void aDeadOrHangingEndpointBlocksNeitherTheCallerNorTheOtherEndpoints() throws Exception {
        int deadPort;
        try (var socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        var hanging = new CopyOnWriteArrayList<Received>();
        var hangingUrl = receiver(hanging, n -> 0);
        var alive = new CopyOnWriteArrayList<Received>();
        var aliveUrl = receiver(alive, n -> 204);
        var webhooks = sender(2,
                new WebhookProperties.Endpoint(URI.create("http://127.0.0.1:" + deadPort + "/hook"), "k", null),
                new WebhookProperties.Endpoint(hangingUrl, "k", null),
                new WebhookProperties.Endpoint(aliveUrl, "k", null));

        long started = System.nanoTime();
        webhooks.on(event("one"));
        webhooks.on(event("two"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("handing over returns at once")
                .isLessThan(Duration.ofMillis(500));

        await().atMost(Duration.ofSeconds(10)).until(() -> alive.size() == 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> count("failed") == 4);
        assertThat(hanging).hasSize(4);
        assertThat(count("delivered")).isEqualTo(2);
    }

    @Test
    void anEndpointGetsOnlyTheEventsItAsksFor() throws Exception {
        var received = new CopyOnWriteArrayList<Received>();
        var url = receiver(received, n -> 204);
        var webhooks = sender(1, new WebhookProperties.Endpoint(url, "k", Set.of("user.registered")));
        webhooks.on(event("not wanted"));
        webhooks.on(new com.chatter.extension.UserRegisteredEvent(new UserRef(2, "ben", "Ben", false),
                Instant.parse("2026-12-01T10:00:00Z")));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("delivered") == 1);
        assertThat(received).singleElement().satisfies(r -> assertThat(r.event()).isEqualTo("user.registered"));
    }
}
