package com.chatter.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import redis.embedded.RedisServer;

/**
 * Limits shared through a real Redis (embedded binary): two instances count against the same buckets; while Redis
 * is away each instance limits on its own (nobody is refused for Redis' sake, and guessing is still limited), and
 * once Redis is back the instances share again.
 */
class SharedRateLimitsTest {

    private final ManualTime clock = new ManualTime();

    private int port;
    private RedisServer redis;
    private LettuceConnectionFactory connections;
    private RateLimiter one;
    private RateLimiter two;

    @BeforeEach
    void start() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redis = newRedis();
        redis.start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
        connections.afterPropertiesSet();
        connections.start();
        var properties = new LimitsProperties(Rate.parse("5/15m"), Rate.parse("20/15m"), Rate.parse("5/1h"),
                Rate.parse("30/10s"), "test." + UUID.randomUUID() + ".");
        one = new RateLimiter(properties, new RedisBucketStore(connections, properties.redisKeyPrefix()), clock);
        two = new RateLimiter(properties, new RedisBucketStore(connections, properties.redisKeyPrefix()), clock);
    }

    @AfterEach
    void stop() throws IOException {
        one.close();
        two.close();
        connections.destroy();
        if (redis.isActive()) {
            redis.stop();
        }
    }

    private RedisServer newRedis() throws IOException {
        return RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                .setting("appendonly no").build();
    }

    @Test
    void failuresOnEitherInstanceCountTogether() {
        for (int i = 1; i <= 5; i++) {
            var instance = i % 2 == 0 ? two : one;
            assertThat(instance.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).as("attempt %d", i).isEmpty();
        }
        assertThat(one.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isPresent();
        assertThat(two.check(Limit.LOGIN_PER_ACCOUNT, "amy")).isPresent();
        assertThat(two.check(Limit.LOGIN_PER_ACCOUNT, "ben")).isEmpty();
        assertThat(one.limitingLocally()).isFalse();
    }

    @Test
    void whileRedisIsAwayEachInstanceLimitsOnItsOwnAndSharesAgainWhenItIsBack() throws IOException {
        redis.stop();

        // Not refused for Redis' sake: the first attempts go ahead...
        for (int i = 1; i <= 5; i++) {
            assertThat(one.tryTake(Limit.LOGIN_PER_ACCOUNT, "cat")).as("attempt %d without Redis", i).isEmpty();
        }
        assertThat(one.limitingLocally()).isTrue();
        // ...and guessing is still limited, on this instance.
        assertThat(one.tryTake(Limit.LOGIN_PER_ACCOUNT, "cat")).isPresent();
        assertThat(two.tryTake(Limit.LOGIN_PER_ACCOUNT, "cat")).as("the other instance counts its own").isEmpty();

        redis = newRedis();
        redis.start();
        clock.advance(RateLimiter.SHARED_RETRY_AFTER);

        // Back on the shared buckets (an empty Redis: it kept nothing), counted together again.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            one.check(Limit.LOGIN_PER_ACCOUNT, "dan");
            if (one.limitingLocally()) {
                clock.advance(RateLimiter.SHARED_RETRY_AFTER); // still reconnecting: ask again later
            }
            return !one.limitingLocally();
        });
        for (int i = 1; i <= 5; i++) {
            var instance = i % 2 == 0 ? two : one;
            assertThat(instance.tryTake(Limit.LOGIN_PER_ACCOUNT, "dan")).as("attempt %d with Redis back", i).isEmpty();
        }
        assertThat(two.tryTake(Limit.LOGIN_PER_ACCOUNT, "dan")).isPresent();
    }
}
