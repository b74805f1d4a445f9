package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.account.UserId;
import com.chatter.chat.DeliveryService;
import com.chatter.presence.PresenceChanged;
import com.chatter.presence.PresenceService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery and read ticks and presence between two instances (through Redis, with one PostgreSQL), and presence
 * after an instance stops and another one starts.
 */
@ExtendWith(ScaleOutCluster.Extension.class)
class TwoInstancesAttentionIT {

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
    void deliveredAndReadTicksReachTheSenderOnTheOtherInstance() {
        var id = one.conversation("tick-amy", "tick-ben");
        try (var amy = new OpenChat(one, "tick-amy", id)) {
            one.as("tick-amy", () -> one.chat().send(id, "tick-1", "Are you there?"));
            assertThat(amy.otherDeliveredSeq()).isZero();

            // Ben opens a page on instance two: everything sent to him so far is delivered.
            two.as("tick-ben", () -> two.bean(DeliveryService.class).markAllDelivered());
            await().atMost(LIVE).until(() -> amy.otherDeliveredSeq() == 1);

            // A message reaching his open page there (what his UI reports when the relayed message arrives).
            one.as("tick-amy", () -> one.chat().send(id, "tick-2", "Second"));
            two.as("tick-ben", () -> two.bean(DeliveryService.class).markDelivered(id, 2));
            await().atMost(LIVE).until(() -> amy.otherDeliveredSeq() == 2);

            two.as("tick-ben", () -> two.chat().markRead(id, 2));
            await().atMost(LIVE).until(() -> amy.otherReadSeq() == 2);
            assertThat(one.as("tick-amy", () -> one.chat().getConversation(id)).otherDeliveredSeq()).isEqualTo(2);
        }
    }

    @Test
    void someoneOnlineOnInstanceTwoIsOnlineOnInstanceOneAndLastSeenWhenTheyLeave() throws Exception {
        one.conversation("pres-amy", "pres-ben");
        var ben = one.userId("pres-ben");
        var changes = new CopyOnWriteArrayList<PresenceChanged>();
        try (var subscription = one.as("pres-amy",
                () -> one.bean(PresenceService.class).subscribe(ben, changes::add, () -> {
                }))) {
            var page = two.as("pres-ben", () -> two.bean(PresenceService.class).pageOpened());
            await().atMost(LIVE).until(() -> changes.stream().anyMatch(PresenceChanged::online));
            assertThat(presenceOnOne("pres-amy", ben).online()).isTrue();

            var before = Instant.now().minusSeconds(1);
            page.close();
            await().atMost(LIVE).until(() -> !changes.getLast().online());
            var seen = presenceOnOne("pres-amy", ben);
            assertThat(seen.online()).isFalse();
            assertThat(seen.lastSeenAt()).isAfter(before);
        }
    }

    @Test
    void presenceSurvivesAnInstanceRestart() throws Exception {
        one.conversation("restart-amy", "restart-ben");
        one.register("restart-cy");
        var ben = one.userId("restart-ben");
        var cy = one.userId("restart-cy");
        var cyPage = two.as("restart-cy", () -> two.bean(PresenceService.class).pageOpened());
        try {
            // Ben is online on a third instance, which is then stopped (a deployment) and replaced by a fourth.
            var three = cluster.startExtraInstance("three");
            List<PresenceChanged> changes = new CopyOnWriteArrayList<>();
            try (var subscription = one.as("restart-amy",
                    () -> one.bean(PresenceService.class).subscribe(ben, changes::add, () -> {
                    }))) {
                try {
                    three.as("restart-ben", () -> three.bean(PresenceService.class).pageOpened());
                    await().atMost(LIVE).until(() -> presenceOnOne("restart-amy", ben).online());
                } finally {
                    three.close();
                }
                await().atMost(LIVE).until(() -> !changes.isEmpty() && !changes.getLast().online());
            }
            var lastSeen = presenceOnOne("restart-amy", ben).lastSeenAt();
            assertThat(lastSeen).as("last seen when instance three stopped").isNotNull();

            var four = cluster.startExtraInstance("four");
            try {
                var benOnFour = four.as("restart-amy", () -> four.bean(PresenceService.class).presenceOf(ben));
                assertThat(benOnFour.online()).isFalse();
                assertThat(benOnFour.lastSeenAt()).isEqualTo(lastSeen);
                assertThat(four.as("restart-amy", () -> four.bean(PresenceService.class).presenceOf(cy)).online())
                        .as("online on instance two, seen from the new instance").isTrue();
            } finally {
                four.close();
            }
        } finally {
            cyPage.close();
        }
    }

    private static com.chatter.presence.Presence presenceOnOne(String viewer, UserId person) {
        return one.as(viewer, () -> one.bean(PresenceService.class).presenceOf(person));
    }
}
