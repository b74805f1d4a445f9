package com.chatter.realtime;

import com.chatter.ChatterApplication;
import com.chatter.PostgresTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import redis.embedded.RedisServer;

/**
 * Two Chatter instances as operators run them: two Spring contexts on two free ports with the {@code postgres} and
 * {@code redis} profiles, one real PostgreSQL database (on the embedded server of {@link PostgresTestDatabase})
 * shared by both and one real Redis (embedded
 * binaries) that a test can stop and start again on the same port.
 *
 * <p>Starting it takes a while, so one cluster serves every test class of the run that declares
 * {@code @ExtendWith(ScaleOutCluster.Extension.class)}; JUnit closes it when the run ends. Tests keep to their own
 * users and conversations.
 */
final class ScaleOutCluster implements AutoCloseable {

    /** The secret both instances sign their relay envelopes with (tests may sign with it, or forge without). */
    static final String RELAY_SECRET = "test-relay-secret-0123456789abcdef0123456789";

    private final int redisPort;
    private RedisServer redis;
    final Instance one;
    final Instance two;

    private ScaleOutCluster() throws IOException {
        redisPort = freePort();
        redis = newRedis();
        redis.start();
        var jdbcUrl = PostgresTestDatabase.createDatabase();
        // Both start at once, as after a deployment; Flyway's lock on the database lets one of them migrate.
        var first = CompletableFuture.supplyAsync(() -> startInstance(jdbcUrl));
        var second = CompletableFuture.supplyAsync(() -> startInstance(jdbcUrl));
        CompletableFuture.allOf(first, second).exceptionally(failed -> null).join();
        if (first.isCompletedExceptionally() || second.isCompletedExceptionally()) {
            first.thenAccept(context -> context.close());
            second.thenAccept(context -> context.close());
            redis.stop();
            first.join();
            second.join();
        }
        one = new Instance("one", first.join());
        two = new Instance("two", second.join());
    }

    private org.springframework.context.ConfigurableApplicationContext startInstance(String jdbcUrl) {
        return new SpringApplicationBuilder(ChatterApplication.class)
                .profiles("postgres", "redis")
                .run("--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        "--spring.data.redis.host=127.0.0.1",
                        "--spring.data.redis.port=" + redisPort,
                        "--chat.relay.redis.secret=" + RELAY_SECRET,
                        "--spring.main.banner-mode=off",
                        // TwoInstancesIT sends bursts of 1,000 messages; the login limits stay as in production.
                        "--chatter.limits.send-per-user=off",
                        "--logging.level.root=WARN",
                        "--logging.level.com.chatter=INFO",
                        "--vaadin.launch-browser=false",
                        // No development tools overlay in the browser test's pages: it covers buttons.
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.liveReload.enabled=false",
                        "--vaadin.devmode.componentTracker.enabled=false");
    }

    private RedisServer newRedis() throws IOException {
        return RedisServer.newRedisServer()
                .port(redisPort)
                .setting("bind 127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
    }

    /** Stops Redis as a crash would: connections drop, nothing is kept. */
    void stopRedis() {
        try {
            redis.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an empty Redis on the same port again. */
    void startRedis() {
        try {
            redis = newRedis();
            redis.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            two.close();
            one.close();
        } finally {
            if (redis.isActive()) {
                redis.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Starts the cluster once per test run and hands it to test classes as a parameter. */
    static final class Extension implements BeforeAllCallback, ParameterResolver {

        @Override
        public void beforeAll(ExtensionContext context) {
            cluster(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ScaleOutCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return cluster(context);
        }

        private static ScaleOutCluster cluster(ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(ScaleOutCluster.class, key -> {
                        try {
                            return new ScaleOutCluster();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, ScaleOutCluster.class);
        }
    }
}
