package com.chatter.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's rate limits (see {@link LimitsProperties}): take a token for an action, or check whether one
 * could be taken. Keys are whatever identifies the actor for that limit (a lower-cased username, a client address,
 * a user id). Buckets are shared through Redis when the relay is Redis (several instances); while Redis can't be
 * reached each instance limits on its own rather than refusing everybody or nobody.
 */
public class RateLimiter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    /** Keys longer than this are cut: no real username or address is longer, and Redis keys stay small. */
    static final int MAX_KEY_LENGTH = 128;

    private final Map<Limit, Rate> rates;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private final Map<Limit, LocalBucketStore> local = new EnumMap<>(Limit.class);
    private final @Nullable BucketStore shared;
    /**
     * After the shared store failed, how long each instance limits on its own before it asks Redis again: a request
     * waits at most one Redis timeout while Redis is away, not one per request.
     */
    static final Duration SHARED_RETRY_AFTER = Duration.ofSeconds(5);

    private final TimeMeter time;
    private volatile long sharedFailureLoggedAt;
    /** {@link TimeMeter} nanos until which the shared store is not asked; 0 while it works. */
    private volatile long sharedDownUntil;

    RateLimiter(LimitsProperties properties, @Nullable BucketStore shared, TimeMeter time) {
        this.rates = properties.rates();
        this.shared = shared;
        this.time = time;
        rates.forEach((limit, rate) -> {
            if (!rate.isOff()) {
                configurations.put(limit, BucketConfiguration.builder()
                        .addLimit(b -> b.capacity(rate.count()).refillGreedy(rate.count(), rate.per()))
                        .build());
                local.put(limit, new LocalBucketStore(time));
            }
        });
    }

    /**
     * Takes one token for the action.
     *
     * @return empty when the action may go ahead; else how long until it may
     */
    public Optional<Duration> tryTake(Limit limit, String key) {
        return run(limit, key, true);
    }

    /** Whether the action may go ahead now, without counting it; else how long until it may. */
    public Optional<Duration> check(Limit limit, String key) {
        return run(limit, key, false);
    }

    /** Gives back a token taken by {@link #tryTake}, e.g. for a login that succeeded (only failures count). */
    public void giveBack(Limit limit, String key) {
        var configuration = configurations.get(limit);
        if (configuration == null) {
            return;
        }
        var fullKey = fullKey(limit, key);
        if (sharedUsable()) {
            try {
                shared.giveBack(fullKey, configuration);
                return;
            } catch (RuntimeException unavailable) {
                sharedFailed(unavailable);
            }
        }
        local.get(limit).giveBack(fullKey, configuration);
    }

    public Rate rate(Limit limit) {
        return rates.get(limit);
    }

    private Optional<Duration> run(Limit limit, String key, boolean take) {
        var configuration = configurations.get(limit);
        if (configuration == null) {
            return Optional.empty(); // off
        }
        var fullKey = fullKey(limit, key);
        long nanos;
        if (sharedUsable()) {
            try {
                nanos = take ? shared.tryTake(fullKey, configuration) : shared.check(fullKey, configuration);
                sharedDownUntil = 0;
                return waitOf(nanos);
            } catch (RuntimeException unavailable) {
                sharedFailed(unavailable);
            }
        }
        var store = local.get(limit);
        nanos = take ? store.tryTake(fullKey, configuration) : store.check(fullKey, configuration);
        return waitOf(nanos);
    }

    private static String fullKey(Limit limit, String key) {
        return limit.prefix() + ":" + (key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key);
    }

    private static Optional<Duration> waitOf(long nanos) {
        return nanos <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    private boolean sharedUsable() {
        return shared != null && (sharedDownUntil == 0 || time.currentTimeNanos() >= sharedDownUntil);
    }

    /** Whether limits are counted on this instance only at the moment (the shared store failed lately). */
    boolean limitingLocally() {
        return shared == null || !sharedUsable();
    }

    private void sharedFailed(RuntimeException e) {
        sharedDownUntil = time.currentTimeNanos() + SHARED_RETRY_AFTER.toNanos();
        long now = System.currentTimeMillis();
        if (now - sharedFailureLoggedAt > 60_000) {
            sharedFailureLoggedAt = now;
            log.warn("Shared rate limits unavailable ({}); limiting on this instance only meanwhile", e.toString());
        }
    }

    @Override
    public void close() {
        if (shared != null) {
            shared.close();
        }
    }

    /** "3 minutes", "1 minute", "20 seconds": a wait in words, rounded up. */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
