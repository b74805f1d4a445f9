package com.chatter.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.account.UserId;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.RelayListener;
import com.chatter.realtime.Subscription;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pages open and close on request threads (a page closes while Vaadin removes its UI). When many close at once
 * (a thousand tabs at the end of a load run), one person's slow database round trip must not hold up everybody
 * else's, or every request thread ends up waiting and new logins time out.
 */
class PresenceTrackerConcurrencyTest {

    private static final UserId SLOW = new UserId(1);
    private static final UserId OTHER = new UserId(2);

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowRemoveStarted = new CountDownLatch(1);
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final PresenceStore store = new PresenceStore(new JdbcTemplate()) {
        @Override
        void heartbeat(String instance, Instant now) {
        }

        @Override
        void addPage(String instance, long account) {
            calls.add("add " + account);
        }

        @Override
        void removePage(String instance, long account) {
            calls.add("remove " + account);
            if (account == SLOW.value()) {
                slowRemoveStarted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        boolean online(long account, Instant freshAfter) {
            return false;
        }

        @Override
        Status status(long account) {
            return new Status(Optional.empty(), false);
        }

        @Override
        void setLastSeen(long account, Instant at) {
        }
    };
    private final Broadcaster broadcaster = new Broadcaster() {
        @Override
        public void publish(String channel, Serializable event) {
        }

        @Override
        public Subscription subscribe(String channel, RelayListener listener) {
            return () -> {
            };
        }

        @Override
        public void resyncLocally(String channel) {
        }
    };
    private final PresenceTracker tracker = new PresenceTracker(store, broadcaster, Clock.systemUTC(),
            Duration.ofSeconds(10));
    /** One thread per page change, as each runs on its own request thread. */
    private final ExecutorService requestThreads = Executors.newCachedThreadPool();

    @AfterEach
    void releaseTheSlowOne() {
        release.countDown();
        requestThreads.shutdownNow();
        tracker.destroy();
    }

    @Test
    void aPageClosesWhileAnotherPersonsCloseWaitsForTheDatabase() throws Exception {
        tracker.opened(SLOW);
        tracker.opened(OTHER);
        var slowClose = CompletableFuture.runAsync(() -> tracker.closed(SLOW), requestThreads);
        assertThat(slowRemoveStarted.await(10, TimeUnit.SECONDS)).isTrue();

        var otherClose = CompletableFuture.runAsync(() -> tracker.closed(OTHER), requestThreads);
        var otherOpen = otherClose.thenRun(() -> tracker.opened(OTHER));

        await().atMost(Duration.ofSeconds(10)).until(otherOpen::isDone);
        assertThat(slowClose).isNotDone();
        release.countDown();
        slowClose.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theSamePersonsPagesStillOpenAndCloseOneAtATime() throws Exception {
        tracker.opened(SLOW);
        var close = CompletableFuture.runAsync(() -> tracker.closed(SLOW), requestThreads);
        assertThat(slowRemoveStarted.await(10, TimeUnit.SECONDS)).isTrue();
        var reopen = CompletableFuture.runAsync(() -> tracker.opened(SLOW), requestThreads);

        release.countDown();
        close.get(10, TimeUnit.SECONDS);
        reopen.get(10, TimeUnit.SECONDS);
        assertThat(calls).containsExactly("add 1", "remove 1", "add 1");
    }
}
