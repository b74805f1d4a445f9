package com.chatter;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.bench.load.LoadConfig;
import com.chatter.bench.load.LoadDriver;
import com.chatter.bench.load.Seeder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * Two instances of the production jar as the Dockerfile runs them (Spring AOT's bean definitions,
 * {@code SPRING_PROFILES_ACTIVE=postgres,redis}) on one real PostgreSQL and one real Redis: the jar was built with
 * the defaults (in-memory relay), yet these runs relay through Redis, because the relay and its health check are
 * chosen when the jar starts. The protocol-level load driver (no browser) puts the two people of every pair on
 * different instances: every message reaches the other instance's open room once and in order.
 */
class ProductionJarScaleOutIT {

    private static final String SECRET = "production-jar-relay-secret-0123456789abcdef";
    private static final String PASSWORD = "scale-out-pass-1";

    @TempDir
    Path workDir;

    private final List<PackagedJar> instances = new ArrayList<>();
    private RedisServer redis;

    @AfterEach
    void stop() throws Exception {
        for (var instance : instances) {
            instance.close();
        }
        if (redis != null && redis.isActive()) {
            redis.stop();
        }
    }

    @Test
    void twoSpringAotInstancesRelayEveryMessageThroughRedis() throws Exception {
        int redisPort = freePort();
        redis = RedisServer.newRedisServer().port(redisPort).setting("bind 127.0.0.1").setting("save \"\"")
                .setting("appendonly no").build();
        redis.start();
        var jdbcUrl = PostgresTestDatabase.createDatabase();
        for (var name : List.of("one", "two")) {
            instances.add(PackagedJar.start(workDir, name, List.of("-Dspring.aot.enabled=true"), List.of(
                    "--spring.profiles.active=postgres,redis",
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--spring.data.redis.port=" + redisPort,
                    "--chat.relay.redis.secret=" + SECRET,
                    // every login comes from this one address
                    "--chatter.limits.login-per-address=off",
                    "--chatter.limits.login-per-account=off")));
        }
        for (var instance : instances) {
            instance.awaitLoginPage();
            assertThat(instance.logText()).contains("Starting AOT-processed ChatterApplication");
            assertThat(instance.get("actuator/health").body()).contains("\"redis\":{\"status\":\"UP\"}");
        }

        var run = UUID.randomUUID().toString().substring(0, 6);
        var config = LoadConfig.parse("--base-url", instances.get(0).baseUrl() + "," + instances.get(1).baseUrl(),
                "--users", "20", "--rate", "4", "--duration", "10s", "--warmup", "2s", "--grace", "30s",
                "--timeout", "60s", "--password", PASSWORD, "--user-prefix", "aot" + run,
                "--db-url", jdbcUrl, "--db-user", "postgres", "--quiet");
        var report = LoadDriver.run(config, Seeder.seed(config));
        System.out.print(report.format());

        assertThat(report.connected()).as("users with their room open").isEqualTo(20);
        assertThat(report.sent()).as("messages sent").isGreaterThan(20);
        assertThat(report.received()).as("messages pushed to the other instance").isEqualTo(report.sent());
        assertThat(report.lost()).as("lost").isZero();
        assertThat(report.duplicated()).as("duplicated").isZero();
        assertThat(report.reordered()).as("reordered").isZero();
        assertThat(report.errors()).as("errors: %s", report.errorSamples()).isZero();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
