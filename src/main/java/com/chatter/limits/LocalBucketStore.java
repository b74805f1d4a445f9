package com.chatter.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this instance's memory: right for one instance, and the fallback of {@link RedisBucketStore} while
 * Redis is away. A bucket is made on the first token taken (a check alone makes none); the map is bounded: when it
 * is full, buckets that have refilled completely (nobody is being limited by them) are dropped first.
 */
final class LocalBucketStore implements BucketStore {

    static final int MAX_BUCKETS = 100_000;

    private final Map<String, LocalBucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    LocalBucketStore(TimeMeter time) {
        this.time = time;
    }

    @Override
    public long tryTake(String key, BucketConfiguration configuration) {
        var bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= MAX_BUCKETS) {
                evict(configuration);
            }
            bucket = buckets.computeIfAbsent(key, k -> newBucket(configuration));
        }
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    @Override
    public long check(String key, BucketConfiguration configuration) {
        var bucket = buckets.get(key);
        if (bucket == null) {
            return 0;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    @Override
    public void giveBack(String key, BucketConfiguration configuration) {
        var bucket = buckets.get(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    int size() {
        return buckets.size();
    }

    private LocalBucket newBucket(BucketConfiguration configuration) {
        var builder = Bucket.builder().withCustomTimePrecision(time);
        for (var bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    private void evict(BucketConfiguration configuration) {
        long full = configuration.getBandwidths()[0].getCapacity();
        buckets.values().removeIf(b -> b.getAvailableTokens() >= full);
        if (buckets.size() >= MAX_BUCKETS) {
            buckets.clear(); // still full of active buckets: an attack from very many keys; start over, bounded
        }
    }
}
