package com.chatter.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Buckets shared by every instance through Redis (Bucket4j's compare-and-swap proxy on Lettuce), so a limit holds
 * whichever instance a request reaches. Keys expire once their bucket would be full again. Uses the application's
 * Redis client (same host, password, TLS and reconnect settings); connects on first use.
 */
final class RedisBucketStore implements BucketStore {

    private final LettuceConnectionFactory connectionFactory;
    private final String keyPrefix;
    private @Nullable StatefulRedisConnection<byte[], byte[]> connection;
    private @Nullable ProxyManager<byte[]> proxy;

    RedisBucketStore(LettuceConnectionFactory connectionFactory, String keyPrefix) {
        this.connectionFactory = connectionFactory;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public long tryTake(String key, BucketConfiguration configuration) {
        var probe = bucket(key, configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    @Override
    public long check(String key, BucketConfiguration configuration) {
        var probe = bucket(key, configuration).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    @Override
    public void giveBack(String key, BucketConfiguration configuration) {
        bucket(key, configuration).addTokens(1);
    }

    private io.github.bucket4j.distributed.BucketProxy bucket(String key, BucketConfiguration configuration) {
        return proxy().builder().build((keyPrefix + key).getBytes(StandardCharsets.UTF_8), () -> configuration);
    }

    private synchronized ProxyManager<byte[]> proxy() {
        if (proxy == null) {
            if (!(connectionFactory.getNativeClient() instanceof RedisClient client)) {
                throw new IllegalStateException("Shared rate limits need a standalone Redis client");
            }
            connection = client.connect(ByteArrayCodec.INSTANCE);
            proxy = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
        }
        return proxy;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
