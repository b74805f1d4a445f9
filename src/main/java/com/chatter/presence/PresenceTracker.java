package com.chatter.presence;

import com.chatter.account.UserId;
import com.chatter.realtime.Broadcaster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who has open pages on this instance, kept in the database so every instance (and this one after a restart) sees
 * it: the number of open pages per person lives in memory here; the database holds one row per person and
 * instance while that number is above zero, and this instance's heartbeat. An instance that was killed stops its
 * heartbeat; after {@code 3 × heartbeat} any other instance sweeps its rows, and its people are last seen at its
 * last heartbeat. Changes are relayed as {@link PresenceChanged} on the person's presence channel.
 *
 * <p>Pages open and close on request threads (a page closes while Vaadin removes its UI) and each change takes a
 * few database round trips; so one person's changes are made one at a time, under that person's lock (one of
 * {@value #LOCKS}), and other people's go on meanwhile. With one lock for everybody, a thousand tabs closing at
 * once held every request thread of the server until the last one's round trips were done, and new logins
 * timed out meanwhile.
 */
@Component
class PresenceTracker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);
    private static final int LOCKS = 64;

    private final PresenceStore store;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final Duration heartbeat;
    private final String instance = UUID.randomUUID().toString();
    private final Map<Long, Integer> pages = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[LOCKS];
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("presence-heartbeat").daemon().unstarted(task));
    private volatile boolean started;

    PresenceTracker(PresenceStore store, Broadcaster broadcaster, Clock clock,
            @Value("${chatter.presence.heartbeat:10s}") Duration heartbeat) {
        this.store = store;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.heartbeat = heartbeat;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    /** The lock of the person's page count: the same person's changes are made in order, one at a time. */
    private Object lockOf(UserId user) {
        return locks[Math.floorMod(Long.hashCode(user.value()), LOCKS)];
    }

    static String channel(UserId user) {
        return "presence." + user.value();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ensureStarted();
        timer.scheduleWithFixedDelay(this::beatSafely, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void ensureStarted() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (!started) {
                store.heartbeat(instance, clock.instant());
                started = true;
            }
        }
    }

    /** A page of the person opened on this instance. */
    void opened(UserId user) {
        ensureStarted();
        synchronized (lockOf(user)) {
            int before = pages.getOrDefault(user.value(), 0);
            pages.put(user.value(), before + 1);
            if (before > 0) {
                return;
            }
            boolean elsewhere = online(user);
            store.addPage(instance, user.value());
            if (!elsewhere) {
                publish(user, true);
            }
        }
    }

    /** A page of the person closed on this instance. */
    void closed(UserId user) {
        synchronized (lockOf(user)) {
            int before = pages.getOrDefault(user.value(), 0);
            if (before > 1) {
                pages.put(user.value(), before - 1);
                return;
            }
            if (before == 0) {
                return;
            }
            pages.remove(user.value());
            store.removePage(instance, user.value());
            wentAwayHere(user, clock.instant());
        }
    }

    /** After a page row of the person went away: if no other page is left anywhere, they were last seen now. */
    private void wentAwayHere(UserId user, Instant at) {
        if (!online(user)) {
            store.setLastSeen(user.value(), at);
            publish(user, false);
        }
    }

    boolean online(UserId user) {
        return store.online(user.value(), clock.instant().minus(heartbeat.multipliedBy(3)));
    }

    void publish(UserId user, boolean online) {
        var status = store.status(user.value());
        broadcaster.publish(channel(user), new PresenceChanged(user, online,
                status.hidden() ? null : status.lastSeenAt().orElse(null)));
    }

    private void beatSafely() {
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("Presence heartbeat failed; retrying", e);
        }
    }

    /** One heartbeat: this instance is alive; instances that stopped beating are swept. */
    void beat() {
        var now = clock.instant();
        store.heartbeat(instance, now);
        for (var stale : store.staleInstances(now.minus(heartbeat.multipliedBy(3)))) {
            var staleId = (String) stale[0];
            var lastBeat = (Instant) stale[1];
            List<Long> people = store.accountsOn(staleId);
            if (store.removeInstance(staleId)) {
                log.info("Instance {} stopped its presence heartbeat; {} people on it are offline now", staleId,
                        people.size());
                people.forEach(account -> wentAwayHere(new UserId(account), lastBeat));
            }
        }
    }

    /**
     * A graceful stop: this instance's people are last seen now (unless they have pages elsewhere). Runs when the
     * context starts closing, while the database and the relay still work.
     */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        timer.shutdownNow();
        try {
            List<Long> people = List.copyOf(pages.keySet());
            pages.clear();
            store.removeInstance(instance);
            var now = clock.instant();
            people.forEach(account -> wentAwayHere(new UserId(account), now));
        } catch (RuntimeException e) {
            log.warn("Could not record presence at shutdown; the other instances will sweep it", e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
