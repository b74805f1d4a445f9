package com.chatter.realtime;

import io.lettuce.core.api.async.BaseRedisAsyncCommands;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.SubscriptionListener;

/**
 * The relay for several instances: every event is delivered at once to this instance's listeners and published
 * through Redis pub/sub to the other instances, which deliver it to theirs.
 *
 * <ul>
 * <li><b>Once:</b> an envelope carries the id of the instance that sent it; an instance ignores its own.</li>
 * <li><b>In order:</b> events for this instance's listeners, its own and those received, are handed over on a fixed set of single-thread lanes (see {@link LocalDelivery}), one lane
 * per channel (by hash), each with a bounded queue.</li>
 * <li><b>Nothing lost for good:</b> Redis pub/sub is at most once. Whenever events may have been lost, listeners
 * are told to resync from the database: after this instance's subscription is (re-)established, when another
 * instance reports that it failed to publish, and when a lane overflowed. Publishing never throws and never waits
 * for Redis on the caller's thread; a failure is counted, and once Redis answers again this instance asks all
 * instances to resync.</li>
 * <li><b>Authentic only:</b> envelopes are JSON signed with the shared secret (see {@link RelayCodec}); one with a
 * missing or wrong signature, one that arrived on another channel than it names, and a replay (older than the
 * window, or an id already seen) are dropped, counted ({@code chat.relay.events.dropped} with reason
 * {@code forged}, {@code replayed}, {@code undecodable}) and logged. So whoever can publish to Redis can't make a
 * page show anything, nor mark anything read.</li>
 * </ul>
 * Made by {@link RelayConfiguration} when {@code chat.relay=redis}.
 */
class RedisBroadcaster implements Broadcaster, MessageListener, SubscriptionListener, InitializingBean,
        DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisBroadcaster.class);
    private static final String CONTROL_CHANNEL = "_control";
    private static final long WARN_INTERVAL_MILLIS = 10_000;

    private final LocalDelivery local;
    private final String origin = UUID.randomUUID().toString();
    private final RedisConnectionFactory connectionFactory;
    private final String prefix;
    private final Clock clock = Clock.systemUTC();
    private volatile @Nullable RedisConnection subscription;
    private volatile boolean closed;
    private final OrderedDispatcher publisher;
    private final ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("relay-maintenance").daemon().unstarted(task));

    /** Some event of this instance did not reach Redis: the other instances must be told to resync. */
    private final AtomicBoolean resyncOwed = new AtomicBoolean();
    private final AtomicBoolean resyncRequestQueued = new AtomicBoolean();
    private final AtomicLong lastWarning = new AtomicLong();
    private final AtomicLong lastRefusalWarning = new AtomicLong();

    private final RelayCodec codec;
    private final ReplayGuard replays;
    private final java.util.Set<Class<?>> unregisteredWarned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private long lastReplayPurge;

    private final Counter published;
    private final Counter received;
    private final Timer lag;

    RedisBroadcaster(RedisConnectionFactory connectionFactory, MeterRegistry meters,
            @Value("${chat.relay.redis.channel-prefix:chatter.relay.}") String prefix,
            @Value("${chat.relay.dispatch.lanes:${chat.relay.redis.lanes:4}}") int lanes,
            @Value("${chat.relay.dispatch.queue-capacity:${chat.relay.redis.queue-capacity:10000}}") int queueCapacity,
            @Value("${chat.relay.redis.secret:}") String secret,
            @Value("${chat.relay.redis.max-age:60s}") Duration maxAge,
            List<RelayEventTypes> eventTypes) {
        // First, before any thread starts: without a secret the instance refuses to start, with a message saying why.
        this.codec = new RelayCodec(secret, eventTypes.stream().flatMap(t -> t.eventTypes().stream()).toList());
        this.replays = new ReplayGuard(maxAge);
        this.connectionFactory = connectionFactory;
        this.prefix = prefix;
        this.publisher = new OrderedDispatcher("relay-publish", 1, queueCapacity);
        this.local = new LocalDelivery("relay-dispatch", lanes, queueCapacity, meters);
        this.published = Counter.builder("chat.relay.events.published")
                .description("Events this instance published to Redis").register(meters);
        this.received = Counter.builder("chat.relay.events.received")
                .description("Events from other instances received through Redis").register(meters);
        this.lag = Timer.builder("chat.relay.lag")
                .description("Time from publishing an event on one instance to receiving it on another")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public void afterPropertiesSet() {
        // Subscribing is retried by the maintenance task, so an instance starts (and serves its users) without Redis.
        maintenance.scheduleWithFixedDelay(this::maintain, 0, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        closed = true;
        maintenance.shutdownNow();
        try {
            maintenance.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSubscription();
        publisher.close();
        local.close();
    }

    // ---- publishing ----

    @Override
    public void publish(String channel, Serializable event) {
        local.deliver(channel, event);
        byte[] body;
        try {
            body = codec.encode(RelayEnvelope.event(origin, clock.millis(), channel, event));
        } catch (IOException | RuntimeException e) {
            if (unregisteredWarned.add(event.getClass())) {
                log.warn("Could not encode {} for the relay: delivered on this instance only", event.getClass()
                        .getName(), e);
            }
            dropped("unencodable");
            return;
        }
        send(channel, body);
    }

    private void send(String channel, byte[] body) {
        var redisChannel = (prefix + channel).getBytes(StandardCharsets.UTF_8);
        if (!publisher.dispatch(channel, () -> publishPipelined(redisChannel, body))) {
            dropped("publish-queue-full");
            resyncOwed.set(true);
        }
    }

    /**
     * Issues the PUBLISH without waiting for Redis' reply: the commands of this single lane go out in order on the
     * client's one shared connection, so publishing costs no round trip per event (waiting for each reply made this
     * lane the bottleneck of two instances under load). A failure is counted and makes the others resync later.
     */
    @SuppressWarnings("unchecked")
    private void publishPipelined(byte[] redisChannel, byte[] body) {
        try (var connection = connectionFactory.getConnection()) {
            if (connection.getNativeConnection() instanceof BaseRedisAsyncCommands<?, ?> commands) {
                ((BaseRedisAsyncCommands<byte[], byte[]>) commands).publish(redisChannel, body)
                        .whenComplete((receivers, failure) -> {
                            if (failure == null) {
                                published.increment();
                            } else {
                                resyncOwed.set(true);
                                dropped("redis-unavailable");
                                warnRarely("Redis is unavailable; events are delivered on this instance only until it"
                                        + " is back", failure instanceof Exception e ? e : new RuntimeException(failure));
                            }
                        });
                return;
            }
        } catch (RuntimeException e) {
            resyncOwed.set(true);
            dropped("redis-unavailable");
            warnRarely("Redis is unavailable; events are delivered on this instance only until it is back", e);
            return;
        }
        if (publishNow(redisChannel, body)) {
            published.increment();
        } else {
            dropped("redis-unavailable");
        }
    }

    private boolean publishNow(byte[] redisChannel, byte[] body) {
        try (var connection = connectionFactory.getConnection()) {
            connection.publish(redisChannel, body);
            return true;
        } catch (RuntimeException e) {
            resyncOwed.set(true);
            warnRarely("Redis is unavailable; events are delivered on this instance only until it is back", e);
            return false;
        }
    }

    /** Tells the other instances to resync, once Redis takes messages again. Runs on the publishing lane. */
    private void publishResyncRequest() {
        resyncRequestQueued.set(false);
        if (!resyncOwed.getAndSet(false)) {
            return;
        }
        try {
            var body = codec.encode(RelayEnvelope.resync(origin, clock.millis(), CONTROL_CHANNEL));
            if (!publishNow((prefix + CONTROL_CHANNEL).getBytes(StandardCharsets.UTF_8), body)) {
                resyncOwed.set(true);
            } else {
                log.info("Redis is reachable again; asked the other instances to catch up");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- subscribing and receiving ----

    @Override
    public Subscription subscribe(String channel, RelayListener listener) {
        return local.subscribe(channel, listener);
    }

    @Override
    public void resyncLocally(String channel) {
        local.resyncSoon(channel);
    }

    /** Called on the Redis client's thread: hand over to the channel's lane (decoded there), never block here. */
    @Override
    public void onMessage(Message message, byte[] pattern) {
        var redisChannel = new String(message.getChannel(), StandardCharsets.UTF_8);
        if (!redisChannel.startsWith(prefix)) {
            return;
        }
        var channel = redisChannel.substring(prefix.length());
        if (!channel.equals(CONTROL_CHANNEL) && !local.hasListeners(channel)) {
            return; // nobody here shows this channel
        }
        var body = message.getBody();
        local.dispatch(channel, () -> receive(channel, body));
    }

    private void receive(String channel, byte[] body) {
        RelayEnvelope envelope;
        try {
            envelope = codec.decode(body);
        } catch (RelayCodec.Rejected e) {
            refused(e.reason, channel, e.getMessage());
            return;
        } catch (RuntimeException e) {
            refused("undecodable", channel, e.toString());
            return;
        }
        if (!envelope.channel().equals(channel)) {
            refused("forged", channel, "an envelope for channel " + envelope.channel() + " arrived on another one");
            return;
        }
        if (envelope.origin().equals(origin)) {
            return; // delivered locally when it was published
        }
        var verdict = replays.check(envelope.id(), envelope.publishedAtMillis(), clock.millis());
        if (verdict != ReplayGuard.Verdict.FRESH) {
            refused("replayed", channel, verdict == ReplayGuard.Verdict.STALE
                    ? "an envelope published at " + envelope.publishedAtMillis() + ", outside the replay window"
                    : "envelope " + envelope.id() + " again");
            return;
        }
        switch (envelope.kind()) {
            case EVENT -> {
                received.increment();
                lag.record(Duration.ofMillis(Math.max(0, clock.millis() - envelope.publishedAtMillis())));
                local.deliverNow(envelope.channel(), envelope.event());
            }
            case RESYNC -> local.resyncAllSoon();
        }
    }

    /** The (re-)established subscription: whatever was published before it may be missing here. */
    @Override
    public void onPatternSubscribed(byte[] pattern, long count) {
        log.info("Subscribed to the relay in Redis; open views catch up from the database");
        local.resyncAllSoon();
        requestResyncOfOthersIfOwed();
    }

    private void requestResyncOfOthersIfOwed() {
        if (resyncOwed.get() && resyncRequestQueued.compareAndSet(false, true)
                && !publisher.dispatch(CONTROL_CHANNEL, this::publishResyncRequest)) {
            resyncRequestQueued.set(false);
        }
    }

    private void maintain() {
        try {
            long now = clock.millis();
            if (now - lastReplayPurge > 5_000) {
                lastReplayPurge = now;
                replays.forgetOld(now);
            }
            ensureSubscribed();
            requestResyncOfOthersIfOwed();
        } catch (RuntimeException e) {
            log.warn("Relay maintenance failed", e);
        }
    }

    /**
     * Holds one dedicated pub/sub connection subscribed to every relay channel. Once it is up, the Redis client
     * reconnects and re-subscribes by itself after a loss (confirmed by {@link #onPatternSubscribed}); only the first
     * subscription, or one whose connection was closed for good, is (re-)made here.
     */
    private void ensureSubscribed() {
        var current = subscription;
        if (closed || (current != null && current.isSubscribed())) {
            return;
        }
        closeSubscription();
        RedisConnection connection = null;
        try {
            connection = connectionFactory.getConnection();
            connection.pSubscribe(this, (prefix + "*").getBytes(StandardCharsets.UTF_8));
            subscription = connection;
        } catch (RuntimeException e) {
            if (connection != null) {
                closeQuietly(connection);
            }
            warnRarely("Cannot subscribe to the relay in Redis yet; retrying", e);
        }
    }

    private void closeSubscription() {
        var current = subscription;
        subscription = null;
        if (current != null) {
            closeQuietly(current);
        }
    }

    private static void closeQuietly(RedisConnection connection) {
        try {
            connection.close();
        } catch (RuntimeException e) {
            log.debug("Closing a relay connection failed", e);
        }
    }

    /** A message from Redis that is not an authentic, fresh envelope: counted, logged, and nothing else. */
    private void refused(String reason, String channel, String why) {
        dropped(reason);
        long now = clock.millis();
        long last = lastRefusalWarning.get();
        if (now - last >= WARN_INTERVAL_MILLIS && lastRefusalWarning.compareAndSet(last, now)) {
            log.warn("Ignored a relay message on channel {} ({}): {}", channel, reason, why);
        } else {
            log.debug("Ignored a relay message on channel {} ({}): {}", channel, reason, why);
        }
    }

    /** The codec, for tests that publish to Redis directly. */
    RelayCodec codec() {
        return codec;
    }

    private void dropped(String reason) {
        local.dropped(reason);
    }

    private void warnRarely(String text, Exception e) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last >= WARN_INTERVAL_MILLIS && lastWarning.compareAndSet(last, now)) {
            log.warn("{}: {}", text, e.toString());
        } else {
            log.debug(text, e);
        }
    }
}
