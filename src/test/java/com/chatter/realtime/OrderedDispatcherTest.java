package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedDispatcherTest {

    @Test
    void theTasksOfEachChannelRunInTheOrderTheyWereHandedIn() {
        var seen = new ConcurrentHashMap<String, List<Integer>>();
        var done = new AtomicInteger();
        try (var dispatcher = new OrderedDispatcher("test", 3, 10_000)) {
            for (int i = 0; i < 2_000; i++) {
                for (var channel : List.of("user.1", "user.2", "user.3", "user.4", "user.5")) {
                    int n = i;
                    assertThat(dispatcher.dispatch(channel, () -> {
                        seen.computeIfAbsent(channel, c -> Collections.synchronizedList(new ArrayList<>())).add(n);
                        done.incrementAndGet();
                    })).isTrue();
                }
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> done.get() == 10_000);
        }
        var expected = IntStream.range(0, 2_000).boxed().toList();
        assertThat(seen).hasSize(5);
        for (Map.Entry<String, List<Integer>> entry : seen.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void aFullLaneRefusesInsteadOfBlockingOrGrowing() throws InterruptedException {
        var release = new CountDownLatch(1);
        var ran = new AtomicInteger();
        try (var dispatcher = new OrderedDispatcher("test", 1, 2)) {
            occupy(dispatcher, "c", release, ran);
            assertThat(dispatcher.dispatch("c", ran::incrementAndGet)).isTrue();
            assertThat(dispatcher.dispatch("c", ran::incrementAndGet)).isTrue();
            assertThat(dispatcher.queued()).isEqualTo(2);

            assertThat(dispatcher.dispatch("c", ran::incrementAndGet)).as("queue full").isFalse();

            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.get() == 3);
            assertThat(dispatcher.dispatch("c", ran::incrementAndGet)).as("room again").isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.get() == 4);
        }
    }

    @Test
    void closingRunsTheTasksAlreadyQueuedAndRefusesNewOnes() throws InterruptedException {
        var release = new CountDownLatch(1);
        var ran = new AtomicInteger();
        var dispatcher = new OrderedDispatcher("test", 2, 100);
        occupy(dispatcher, "c", release, ran);
        for (int i = 0; i < 50; i++) {
            assertThat(dispatcher.dispatch("c", ran::incrementAndGet)).isTrue();
        }
        var closer = Thread.ofPlatform().start(dispatcher::close);
        await().atMost(Duration.ofSeconds(10)).until(() -> !dispatcher.dispatch("d", () -> { }));
        release.countDown();
        closer.join(Duration.ofSeconds(10));

        assertThat(closer.isAlive()).as("close returned").isFalse();
        assertThat(dispatcher.dispatch("e", ran::incrementAndGet)).as("refused once closed").isFalse();
        assertThat(ran.get()).as("the running task and the 50 queued behind it").isEqualTo(51);
    }

    /** Hands {@code channel}'s lane a task that holds it until {@code release} opens, and waits until it runs. */
    private static void occupy(OrderedDispatcher dispatcher, String channel, CountDownLatch release, AtomicInteger ran)
            throws InterruptedException {
        var started = new CountDownLatch(1);
        assertThat(dispatcher.dispatch(channel, () -> {
            started.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> release.getCount() == 0);
            ran.incrementAndGet();
        })).isTrue();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
