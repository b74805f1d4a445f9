package com.chatter.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.ServiceTestSupport;
import com.chatter.account.UserSummary;
import com.chatter.realtime.Subscription;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Presence and the last-seen privacy setting; run on H2 and PostgreSQL by the subclasses. */
abstract class PresenceServiceContract extends ServiceTestSupport {

    @Autowired
    PresenceService presence;
    @Autowired
    PresenceTracker tracker;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Subscription> subscriptions = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(Subscription::close);
    }

    private List<PresenceChanged> changesOf(UserSummary person) {
        var changes = new CopyOnWriteArrayList<PresenceChanged>();
        subscriptions.add(presence.subscribe(person.id(), changes::add, () -> {
        }));
        return changes;
    }

    private Presence seenBy(UserSummary viewer, UserSummary person) {
        return as(viewer, () -> presence.presenceOf(person.id()));
    }

    @Test
    void onlineWhileAnyPageIsOpenThenLastSeenWhenTheLastOneCloses() throws Exception {
        var amy = newUser("Amy");
        var ben = newUser("Ben");
        var changes = changesOf(ben);
        assertThat(seenBy(amy, ben)).isEqualTo(new Presence(ben.id(), false, null));

        var tab1 = as(ben, () -> presence.pageOpened());
        var tab2 = as(ben, () -> presence.pageOpened());
        assertThat(seenBy(amy, ben).online()).isTrue();
        tab1.close();
        tab1.close(); // closing twice (pagehide, then detach) counts once
        assertThat(seenBy(amy, ben).online()).as("one tab still open").isTrue();

        var before = Instant.now().minusSeconds(1);
        tab2.close();
        var seen = seenBy(amy, ben);
        assertThat(seen.online()).isFalse();
        assertThat(seen.lastSeenAt()).isNotNull().isAfter(before);

        await().atMost(Duration.ofSeconds(5)).until(() -> changes.size() == 2);
        assertThat(changes.get(0).online()).isTrue();
        assertThat(changes.get(1).online()).isFalse();
        assertThat(changes.get(1).lastSeenAt()).isEqualTo(seen.lastSeenAt());
    }

    @Test
    void nobodySeesTheLastSeenOfWhoHidesItAndWhoHidesItSeesNobodys() throws Exception {
        var amy = newUser("Amy");
        var ben = newUser("Ben");
        as(amy, () -> presence.pageOpened()).close();
        as(ben, () -> presence.pageOpened()).close();
        assertThat(seenBy(amy, ben).lastSeenAt()).isNotNull();
        var changes = changesOf(ben);

        as(ben, () -> presence.setLastSeenVisible(false));
        assertThat(as(ben, () -> presence.lastSeenVisible())).isFalse();
        assertThat(seenBy(amy, ben).lastSeenAt()).isNull();
        assertThat(seenBy(ben, amy).lastSeenAt()).as("hiding mine hides theirs from me").isNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> !changes.isEmpty());
        assertThat(changes.getLast().lastSeenAt()).isNull();

        // Online stays visible either way.
        var tab = as(ben, () -> presence.pageOpened());
        assertThat(seenBy(amy, ben).online()).isTrue();
        tab.close();

        as(ben, () -> presence.setLastSeenVisible(true));
        assertThat(seenBy(amy, ben).lastSeenAt()).isNotNull();
        assertThat(seenBy(ben, amy).lastSeenAt()).isNotNull();
        // The viewer's own choice applies to live changes too.
        as(amy, () -> presence.setLastSeenVisible(false));
        var visible = as(amy, () -> presence.visibleTo(new PresenceChanged(ben.id(), false, Instant.now())));
        assertThat(visible.lastSeenAt()).isNull();
    }

    @Test
    void theOpenPagesOfAnInstanceThatStoppedBeatingAreSweptAndItsPeopleLastSeenAtItsLastHeartbeat() {
        var amy = newUser("Amy");
        var ben = newUser("Ben");
        var crashedAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var crashed = "crashed-" + ben.id().value();
        jdbc.update("insert into presence_instance (instance_id, heartbeat_at) values (?, ?)", crashed,
                Timestamp.from(crashedAt));
        jdbc.update("insert into presence_page (account_id, instance_id) values (?, ?)", ben.id().value(), crashed);
        assertThat(seenBy(amy, ben).online()).as("a stale heartbeat is not online").isFalse();
        var changes = changesOf(ben);

        tracker.beat();

        assertThat(jdbc.queryForObject("select count(*) from presence_page where instance_id = ?", Integer.class,
                crashed)).isZero();
        assertThat(seenBy(amy, ben).lastSeenAt()).isEqualTo(crashedAt);
        await().atMost(Duration.ofSeconds(5)).until(() -> !changes.isEmpty());
        assertThat(changes.getLast().online()).isFalse();
    }
}
