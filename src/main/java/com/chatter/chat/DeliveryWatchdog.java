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
    /** The newest sequence number this instance has seen delivered or sent, per conversation, and when. */
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("delivery-watchdog").daemon().unstarted(task));

    DeliveryWatchdog(ConversationRepository conversations, Broadcaster broadcaster,
            PlatformTransactionManager transactionManager, Clock clock,
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
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::sweepSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A message of the conversation reached this instance (relayed to a view here, or sent from here). */
    void seen(ConversationId id, long seq) {
        seen.merge(id.value(), new Seen(seq, clock.millis()), Seen::max);
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
        var byConversation = recent.stream().collect(Collectors.groupingBy(Recent::conversationId));
        for (var entry : byConversation.entrySet()) {
            List<Recent> members = entry.getValue();
            var newest = members.getFirst();
            if (newest.lastMessageAt().isAfter(now.minus(grace))) {
                continue; // its relay event may still be on the way
            }
            var last = seen.get(entry.getKey());
            long seenSeq = last == null ? 0 : last.seq();
            if (newest.lastSeq() > seenSeq) {
                behind++;
                seen(new ConversationId(entry.getKey()), newest.lastSeq());
                members.forEach(m -> broadcaster.resyncLocally(ChatRelay.channel(new UserId(m.accountId()))));
            }
        }
        // Forget what left the horizon: the map stays as small as the recent activity.
        long oldest = now.minus(horizon).toEpochMilli();
        seen.values().removeIf(entry -> entry.atMillis() < oldest);
        if (behind > 0) {
            log.debug("{} conversation(s) had messages this instance was never told about; views resynced", behind);
        }
        return behind;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
