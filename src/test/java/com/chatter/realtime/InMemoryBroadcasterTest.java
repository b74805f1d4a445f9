package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The default relay hands events over on its own bounded, per-channel-ordered lanes. */
class InMemoryBroadcasterTest {

    private static InMemoryBroadcaster relay(int lanes, int capacity) {
        return new InMemoryBroadcaster(new SimpleMeterRegistry(), lanes, capacity);
    }

    @Test
    void listenersRunOnTheRelaysThreadsNeverOnThePublishingThread() {
        var relay = relay(2, 100);
        var threads = new CopyOnWriteArrayList<String>();
        relay.subscribe("user.1", event -> threads.add(Thread.currentThread().getName()));
        relay.subscribe("user.1", event -> threads.add(Thread.currentThread().getName()));

        relay.publish("user.1", "hello");

        await().atMost(Duration.ofSeconds(5)).until(() -> threads.size() == 2);
        assertThat(threads).allMatch(name -> name.startsWith("relay-dispatch-"));
        relay.destroy();
    }

    @Test
    void aSlowRecipientNeitherHoldsUpThePublisherNorOtherChannelsAndKeepsItsOrder() throws InterruptedException {
        var relay = relay(2, 100);
        var release = new CountDownLatch(1);
        var slow = new CopyOnWriteArrayList<Serializable>();
        var fast = new CopyOnWriteArrayList<Serializable>();
        relay.subscribe("user.1", event -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> release.getCount() == 0);
            slow.add(event);
        });
        // A channel that hashes to the other lane of two.
        var other = IntStream.range(2, 100).mapToObj(i -> "user." + i)
                .filter(c -> Math.floorMod(c.hashCode(), 2) != Math.floorMod("user.1".hashCode(), 2))
                .findFirst().orElseThrow();
        relay.subscribe(other, fast::add);

        for (int i = 0; i < 10; i++) {
            relay.publish("user.1", i); // returns at once although the listener is blocked
        }
        relay.publish(other, "meanwhile");

        await().atMost(Duration.ofSeconds(5)).until(() -> fast.size() == 1);
        assertThat(slow).isEmpty();
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.size() == 10);
        assertThat(slow).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        relay.destroy();
    }

    @Test
    void eventsThatDoNotFitAreDroppedAndTheChannelResyncsInstead() throws InterruptedException {
        var relay = relay(1, 2);
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var received = new AtomicInteger();
        var resyncs = new AtomicInteger();
        relay.subscribe("user.1", new RelayListener() {
            @Override
            public void onEvent(Serializable event) {
                started.countDown();
                await().atMost(Duration.ofSeconds(10)).until(() -> release.getCount() == 0);
                received.incrementAndGet();
            }

            @Override
            public void onResync() {
                resyncs.incrementAndGet();
            }
        });

        relay.publish("user.1", 0);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 5; i++) {
            relay.publish("user.1", i);
        }
        release.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> resyncs.get() >= 1 && received.get() >= 3);
        assertThat(received.get()).as("the running one and the two queued; three dropped").isEqualTo(3);
        relay.destroy();
    }

    @Test
    void shuttingDownDeliversWhatIsQueuedFirst() {
        var relay = relay(2, 10_000);
        var received = new CopyOnWriteArrayList<Serializable>();
        relay.subscribe("user.1", event -> {
            received.add(event);
            Thread.onSpinWait();
        });

        var sent = IntStream.range(0, 2_000).boxed().toList();
        sent.forEach(i -> relay.publish("user.1", i));
        relay.destroy();

        assertThat(List.copyOf(received)).isEqualTo(sent);
    }

    @Test
    void resyncingLocallyReachesOnlyThatChannelsListeners() {
        var relay = relay(2, 100);
        var one = new AtomicInteger();
        var two = new AtomicInteger();
        relay.subscribe("user.1", listenerCountingResyncs(one));
        relay.subscribe("user.2", listenerCountingResyncs(two));

        relay.resyncLocally("user.1");

        await().atMost(Duration.ofSeconds(5)).until(() -> one.get() == 1);
        assertThat(two.get()).isZero();
        relay.destroy();
    }

    private static RelayListener listenerCountingResyncs(AtomicInteger count) {
        return new RelayListener() {
            @Override
            public void onEvent(Serializable event) {
            }

            @Override
            public void onResync() {
                count.incrementAndGet();
            }
        };
    }
}
