package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingStarted;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people on two different instances chat exactly as if they were on one: live messages, typing and read ticks
 * both ways through a real Redis, a burst arrives complete and in order, and a Redis that goes away and comes back
 * costs nobody a message.
 */
@ExtendWith(ScaleOutCluster.Extension.class)
class TwoInstancesIT {

    private static final Duration LIVE = Duration.ofSeconds(10);

    private static ScaleOutCluster cluster;
    private static Instance one;
    private static Instance two;

    @BeforeAll
    static void cluster(ScaleOutCluster started) {
        cluster = started;
        one = started.one;
        two = started.two;
    }

    @Test
    void messagesTypingAndReadTicksFlowBothWaysBetweenInstances() {
        var id = one.conversation("alice", "bob");
        try (var alice = new OpenChat(one, "alice", id); var bob = new OpenChat(two, "bob", id)) {
            one.as("alice", () -> one.chat().typing(id));
            await().atMost(LIVE).until(() -> bob.received(TypingStarted.class).stream()
                    .anyMatch(t -> t.userId().equals(one.userId("alice"))));

            one.as("alice", () -> one.chat().send(id, "alice-1", "Hi Bob, from instance one"));
            await().atMost(LIVE).until(() -> bob.texts().equals(List.of("Hi Bob, from instance one")));

            two.as("bob", () -> two.chat().markRead(id, 1));
            await().atMost(LIVE).until(() -> alice.otherReadSeq() == 1);
            assertThat(alice.received(MessagesRead.class))
                    .anySatisfy(read -> {
                        assertThat(read.readerId()).isEqualTo(one.userId("bob"));
                        assertThat(read.lastReadSeq()).isEqualTo(1);
                    });

            two.as("bob", () -> two.chat().typing(id));
            await().atMost(LIVE).until(() -> alice.received(TypingStarted.class).stream()
                    .anyMatch(t -> t.userId().equals(one.userId("bob"))));

            two.as("bob", () -> two.chat().send(id, "bob-1", "Hello Alice, from instance two"));
            await().atMost(LIVE).until(() -> alice.texts().size() == 2);
            one.as("alice", () -> one.chat().send(id, "alice-2", "Both of us, live"));
            var all = List.of("Hi Bob, from instance one", "Hello Alice, from instance two", "Both of us, live");
            await().atMost(LIVE).until(() -> bob.texts().equals(all) && alice.texts().equals(all));

            // Each side got each message live exactly once: its own from its instance, the other's through Redis.
            assertThat(alice.liveSeqs()).containsExactly(1L, 2L, 3L);
            assertThat(bob.liveSeqs()).containsExactly(1L, 2L, 3L);
            assertThat(alice.catchUps()).isZero();
            assertThat(bob.catchUps()).isZero();
        }
    }

    @Test
    void aBurstOfAThousandMessagesArrivesCompleteAndInOrder() {
        var id = one.conversation("carol", "dave");
        double receivedBefore = counter(two, "chat.relay.events.received");
        try (var carol = new OpenChat(one, "carol", id); var dave = new OpenChat(two, "dave", id)) {
            one.as("carol", () -> {
                for (int i = 1; i <= 1_000; i++) {
                    one.chat().send(id, "burst-" + i, "Burst message " + i);
                }
            });
            var expected = LongStream.rangeClosed(1, 1_000).boxed().toList();
            await().atMost(Duration.ofSeconds(60)).until(() -> dave.liveSeqs().size() >= 1_000);
            assertThat(dave.liveSeqs()).as("delivered live, complete, in order, once").isEqualTo(expected);
            assertThat(dave.seqs()).isEqualTo(expected);
            assertThat(dave.texts().getLast()).isEqualTo("Burst message 1000");
            assertThat(carol.liveSeqs()).isEqualTo(expected);
        }
        assertThat(counter(one, "chat.messages.sent")).isGreaterThanOrEqualTo(1_000);
        assertThat(counter(two, "chat.relay.events.received") - receivedBefore).isGreaterThanOrEqualTo(1_000);
        assertThat(two.bean(MeterRegistry.class).get("chat.relay.lag").timer().count()).isPositive();
    }

    @Test
    void afterRedisComesBackBothChatsHoldEveryMessageOnceInOrder() {
        var id = one.conversation("erin", "frank");
        try (var erin = new OpenChat(one, "erin", id); var frank = new OpenChat(two, "frank", id)) {
            one.as("erin", () -> one.chat().send(id, "erin-1", "before 1"));
            two.as("frank", () -> two.chat().send(id, "frank-1", "before 2"));
            await().atMost(LIVE).until(() -> erin.texts().size() == 2 && frank.texts().size() == 2);

            // What the other side sent meanwhile can only arrive by a resync: the delivery watchdog's (already while
            // Redis is down) or the relay's own when Redis is back. Either counts.
            int erinResyncs = erin.resyncs();
            int frankResyncs = frank.resyncs();
            cluster.stopRedis();
            await().atMost(LIVE).until(() -> one.healthOf("redis").equals("DOWN")
                    && two.healthOf("redis").equals("DOWN"));

            var expected = new ArrayList<>(List.of("before 1", "before 2"));
            for (int i = 1; i <= 3; i++) {
                int n = i;
                assertThatCode(() -> one.as("erin", () -> {
                    one.chat().typing(id);
                    one.chat().send(id, "erin-down-" + n, "erin while Redis is down " + n);
                })).doesNotThrowAnyException();
                assertThatCode(() -> two.as("frank", () -> {
                    two.chat().send(id, "frank-down-" + n, "frank while Redis is down " + n);
                })).doesNotThrowAnyException();
                expected.add("erin while Redis is down " + n);
                expected.add("frank while Redis is down " + n);
            }
            // Same instance: still live.
            await().atMost(LIVE).until(() -> erin.texts().contains("erin while Redis is down 3"));

            cluster.startRedis();
            await().atMost(LIVE).until(() -> one.healthOf("redis").equals("UP")
                    && two.healthOf("redis").equals("UP"));
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(erin.texts()).isEqualTo(expected);
                assertThat(frank.texts()).isEqualTo(expected);
            });
            assertThat(erin.resyncs()).isGreaterThan(erinResyncs);
            assertThat(frank.resyncs()).isGreaterThan(frankResyncs);
            assertThat(erin.seqs()).isEqualTo(LongStream.rangeClosed(1, 8).boxed().toList());
            assertThat(frank.seqs()).isEqualTo(LongStream.rangeClosed(1, 8).boxed().toList());
            // Read ticks: sending reads everything before, so each sees the other's last message position.
            await().atMost(Duration.ofSeconds(2)).until(() -> erin.otherReadSeq() == 8 && frank.otherReadSeq() == 7);

            // And the relay is live again.
            one.as("erin", () -> one.chat().send(id, "erin-after", "after"));
            await().atMost(LIVE).until(() -> frank.texts().size() == 9 && frank.texts().getLast().equals("after"));
        }
    }

    @Test
    void healthReportsRedisDownWhileStoppedAndUpAfterWithoutTakingTheInstanceOutOfService() {
        assertThat(one.healthOf("redis")).isEqualTo("UP");
        assertThat(one.healthOf("db")).isEqualTo("UP");
        var health = one.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("details").doesNotContain("version");

        cluster.stopRedis();
        try {
            await().atMost(LIVE).until(() -> one.healthOf("redis").equals("DOWN")
                    && two.healthOf("redis").equals("DOWN"));
            assertThat(one.healthOf("db")).isEqualTo("UP");
            var readiness = one.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("redis");
            assertThat(two.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            cluster.startRedis();
        }
        await().atMost(LIVE).until(() -> one.healthOf("redis").equals("UP") && two.healthOf("redis").equals("UP"));
        assertThat(one.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void actuatorEndpointsOtherThanHealthNeedALogin() {
        for (var path : List.of("/actuator/metrics", "/actuator/metrics/chat.messages.sent", "/actuator/info",
                "/actuator")) {
            var response = one.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.body()).as(path).doesNotContain("chat.messages.sent");
        }
    }

    @Test
    void aMessageCommittedByAnInstanceKilledBeforeItsRelayEventLeftStillShowsOnTheOtherInstanceWithin3s() {
        var id = one.conversation("gina", "hank");
        try (var hank = new OpenChat(two, "hank", id)) {
            one.as("gina", () -> one.chat().send(id, "gina-1", "before"));
            await().atMost(LIVE).until(() -> hank.texts().equals(List.of("before")));

            // What SIGKILL of instance one right after a commit leaves: the message is in the database, and its
            // relay event never left. Committed here in one transaction exactly as ChatService.send writes it.
            var gina = one.userId("gina").value();
            new TransactionTemplate(one.bean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
                var jdbc = one.bean(JdbcTemplate.class);
                var now = Timestamp.from(Instant.now());
                jdbc.update("update conversation set last_seq = last_seq + 1, last_message_at = ? where id = ?",
                        now, id.value());
                jdbc.update("""
                        insert into message (conversation_id, seq, sender_id, client_message_id, content, created_at)
                        select id, last_seq, ?, 'gina-2', 'sent just before the crash', ? from conversation where id = ?""",
                        gina, now, id.value());
            });

            // No reload, no later event: the open chat shows it by itself.
            await().atMost(Duration.ofSeconds(3))
                    .until(() -> hank.texts().equals(List.of("before", "sent just before the crash")));
        }
    }

    private static double counter(Instance instance, String name) {
        var counter = instance.bean(MeterRegistry.class).find(name).counter();
        return counter == null ? 0 : counter.count();
    }
}
