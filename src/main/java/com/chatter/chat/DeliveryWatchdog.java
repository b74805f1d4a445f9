package com.chatter.chat;

import com.chatter.account.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import com.chatter.realtime.Broadcaster;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Makes sure a committed message reaches the open views of this instance even when its relay event never comes:
 * the instance that stored it was killed between the commit and the publish, or an event was lost on the way.
 *
 * <p>Every {@code interval} it reads, in one indexed query, the conversations with a message in the last
 * {@code horizon}, and compares each one's newest sequence number with the newest one this instance has seen
 * relayed (or sent itself). A conversation still behind {@code grace} after its newest message was written has
 * lost an event: the open views of its members on this instance are told to resync from the database, which they
 * do at once. The database stays the source of truth; the relay stays the fast path, and in the normal case this
 * costs one small query per interval and nothing else.
 *
 * <p>The grace grows with the relay's current lag: the longest time, over the last few seconds, from a message's
 * writing to its event reaching this instance. A busy instance whose events arrive late but arrive is not
 * "behind": resyncing its views then would only add a database reload per view to the work that made it late,
 * and under load that feeds on itself (measured: ~1,400 needless resyncs in a 30 s run of 50 messages/s over two
 * instances). When the other instance dies, the events that do arrive (from here, from others) keep the lag small,
 * so its lost messages are still found within about {@code grace + interval}.
 */
@Component
class DeliveryWatchdog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWatchdog.class);

    /** One member of a recently active conversation. */
    record Recent(long conversationId, long lastSeq, Instant lastMessageAt, long accountId) {
    }

    private record Seen(long seq, long atMillis) {

        Seen max(Seen other) {
            return other.seq > seq ? other : new Seen(seq, Math.max(atMillis, other.atMillis));
        }
    }

    private final ConversationRepository conversations;
    private final Broadcaster broadcaster;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Duration interval;
    private final Duration grace;
    private final Duration horizon;
    /** Conversations found behind (their views resynced from the database): lost or late relay events. */
    private final Counter behindFound;
    /** The newest sequence number this instance has seen delivered or sent, per conversation, and when. */
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();
    /** The relay's lag: the longest writing-to-arrival time in the current and the previous window. */
    private final RelayLag lag;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("delivery-watchdog").daemon().unstarted(task));

    DeliveryWatchdog(ConversationRepository conversations, Broadcaster broadcaster,
            PlatformTransactionManager transactionManager, Clock clock, MeterRegistry meters,
            @Value("${chat.delivery.watchdog.interval:500ms}") Duration interval,
            @Value("${chat.delivery.watchdog.grace:1s}") Duration grace,
            @Value("${chat.delivery.watchdog.horizon:30s}") Duration horizon) {
        this.conversations = conversations;
        this.broadcaster = broadcaster;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.interval = interval;
        this.grace = grace;
        this.horizon = horizon;
        this.lag = new RelayLag(clock, Duration.ofSeconds(5), horizon.dividedBy(2));
        this.behindFound = Counter.builder("chat.delivery.behind")
                .description("Conversations whose newest message reached no view here within the grace; resynced")
                .register(meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::sweepSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A message of the conversation reached this instance (relayed to a view here, or sent from here). */
    void seen(ChatMessage message) {
        long now = clock.millis();
        lag.record(now - message.createdAt().toEpochMilli());
        seen(message.conversationId(), message.seq(), now);
    }

    private void seen(ConversationId id, long seq, long now) {
        seen.merge(id.value(), new Seen(seq, now), Seen::max);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Delivery check failed; retrying", e);
        }
    }

    /** One round of the check; returns how many conversations were behind. */
    int sweep() {
        var now = clock.instant();
        var recent = readOnly.execute(tx -> conversations.recentlyActive(now.minus(horizon)));
        if (recent == null) {
            return 0;
        }
        int behind = 0;
        long currentLag = lag.current();
        var byConversation = recent.stream().collect(Collectors.groupingBy(Recent::conversationId));
        for (var entry : byConversation.entrySet()) {
            List<Recent> members = entry.getValue();
            var newest = members.getFirst();
            if (newest.lastMessageAt().isAfter(now.minus(grace).minusMillis(currentLag))) {
                continue; // its relay event may still be on the way
            }
            var last = seen.get(entry.getKey());
            long seenSeq = last == null ? 0 : last.seq();
            if (newest.lastSeq() > seenSeq) {
                behind++;
                seen(new ConversationId(entry.getKey()), newest.lastSeq(), now.toEpochMilli());
                members.forEach(m -> broadcaster.resyncLocally(ChatRelay.channel(new UserId(m.accountId()))));
            }
        }
        // Forget what left the horizon: the map stays as small as the recent activity.
        long oldest = now.minus(horizon).toEpochMilli();
        seen.values().removeIf(entry -> entry.atMillis() < oldest);
        if (behind > 0) {
            behindFound.increment(behind);
            log.debug("{} conversation(s) had messages this instance was never told about; views resynced", behind);
        }
        return behind;
    }

    /**
     * The longest lag recorded in the current window of {@code window} and the previous one (so a lag is forgotten
     * one to two windows after the relay is fast again), at most {@code cap} (the grace plus the lag must stay
     * inside the watchdog's horizon). Negative lags (clocks of two instances apart) count as none.
     */
    static final class RelayLag {
        private final Clock clock;
        private final long window;
        private final long cap;
        private long windowStart;
        private long currentMax;
        private long previousMax;

        RelayLag(Clock clock, Duration window, Duration cap) {
            this.clock = clock;
            this.window = window.toMillis();
            this.cap = cap.toMillis();
            this.windowStart = clock.millis();
        }

        synchronized void record(long lagMillis) {
            roll();
            currentMax = Math.max(currentMax, Math.min(Math.max(lagMillis, 0), cap));
        }

        synchronized long current() {
            roll();
            return Math.max(currentMax, previousMax);
        }

        private void roll() {
            long now = clock.millis();
            if (now - windowStart >= 2 * window) {
                previousMax = 0;
                currentMax = 0;
                windowStart = now;
            } else if (now - windowStart >= window) {
                previousMax = currentMax;
                currentMax = 0;
                windowStart += window;
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
