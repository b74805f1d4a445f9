package com.chatter.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.chatter.ChatTestSupport;
import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessageRejectedException;
import com.chatter.chat.TypingStarted;
import com.chatter.presence.Presence;
import com.chatter.presence.PresenceChanged;
import com.chatter.presence.PresenceService;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.Subscription;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** What callers rely on from {@link BlockService} and how blocking limits the chat; on H2 and PostgreSQL. */
abstract class BlockServiceContract extends ChatTestSupport {

    @Autowired
    BlockService blocks;

    @Autowired
    PresenceService presence;

    private void run(UserSummary user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    private int stored(UserSummary user, ConversationId id) {
        return as(user, () -> chat.messagesAfter(id, 0, ChatService.MAX_PAGE_SIZE)).size();
    }

    private String sendText(UserSummary user, ConversationId id, String text) {
        return as(user, () -> chat.send(id, UUID.randomUUID().toString(), text)).content();
    }

    @Test
    void blockingAndUnblockingAreRememberedAndRepeatable() {
        var p = pair();
        assertThat(as(p.a(), () -> blocks.hasBlocked(p.b().id()))).isFalse();

        run(p.a(), () -> blocks.block(p.b().id()));
        run(p.a(), () -> blocks.block(p.b().id())); // twice: still one block
        assertThat(as(p.a(), () -> blocks.hasBlocked(p.b().id()))).isTrue();
        assertThat(as(p.b(), () -> blocks.hasBlocked(p.a().id()))).as("Bob didn't block anybody").isFalse();
        assertThat(blocks.blockedEitherWay(p.a().id(), p.b().id())).isTrue();
        assertThat(blocks.blockedEitherWay(p.b().id(), p.a().id())).isTrue();

        run(p.a(), () -> blocks.unblock(p.b().id()));
        run(p.a(), () -> blocks.unblock(p.b().id()));
        assertThat(as(p.a(), () -> blocks.hasBlocked(p.b().id()))).isFalse();
        assertThat(blocks.blockedEitherWay(p.a().id(), p.b().id())).isFalse();
    }

    @Test
    void nobodyCanBlockThemselvesOrSomebodyWhoDoesNotExistOrWithoutALogin() {
        var a = newUser();
        assertThatThrownBy(() -> run(a, () -> blocks.block(a.id()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run(a, () -> blocks.block(new UserId(987_654_321L))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> blocks.block(newUser().id()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aBlockedPersonCannotMessageTheBlockerAndIsToldNothingMore() {
        var p = pair();
        sendText(p.b(), p.id(), "before the block");
        run(p.a(), () -> blocks.block(p.b().id()));

        assertThatThrownBy(() -> sendText(p.b(), p.id(), "after the block"))
                .isInstanceOf(MessageRejectedException.class)
                .hasMessage("You can't message this person");
        // The blocker can't either, until unblocking (the view offers "Unblock" instead of the composer).
        assertThatThrownBy(() -> sendText(p.a(), p.id(), "from the blocker"))
                .isInstanceOf(MessageRejectedException.class)
                .hasMessage("You can't message this person");
        assertThat(stored(p.a(), p.id())).isEqualTo(1);

        run(p.a(), () -> blocks.unblock(p.b().id()));
        assertThat(sendText(p.b(), p.id(), "after the unblock")).isEqualTo("after the unblock");
        assertThat(sendText(p.a(), p.id(), "welcome back")).isEqualTo("welcome back");
        assertThat(stored(p.b(), p.id())).isEqualTo(3);
    }

    @Test
    void aStrangerStillGetsNotFoundNotTheBlockMessage() {
        var p = pair();
        var stranger = newUser();
        run(p.a(), () -> blocks.block(stranger.id()));
        assertThatThrownBy(() -> sendText(stranger, p.id(), "hi"))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void typingIsNotRelayedBetweenABlockedPairEitherWay() {
        var p = pair();
        var toA = eventsOf(p.a());
        var toB = eventsOf(p.b());
        run(p.b(), () -> blocks.block(p.a().id()));

        run(p.a(), () -> chat.typing(p.id())); // to the blocker
        run(p.b(), () -> chat.typing(p.id())); // from the blocker
        run(p.b(), () -> blocks.unblock(p.a().id()));
        // A later event on the same channels: by the time it arrives, any typing event would have arrived before it.
        sendText(p.a(), p.id(), "marker");
        await().atMost(Duration.ofSeconds(10)).until(() -> toA.stream().anyMatch(MessagePosted.class::isInstance)
                && toB.stream().anyMatch(MessagePosted.class::isInstance));
        assertThat(toA).noneMatch(TypingStarted.class::isInstance);
        assertThat(toB).noneMatch(TypingStarted.class::isInstance);

        // Control: once unblocked, typing reaches the other person again (after the typing throttle's interval, or
        // at once after a send, which ends "typing" for the sender).
        run(p.a(), () -> chat.typing(p.id()));
        await().atMost(Duration.ofSeconds(10)).until(() -> toB.stream().anyMatch(TypingStarted.class::isInstance));
    }

    @Test
    void aBlockedPairSeesNothingOfEachOthersPresence() throws Exception {
        var p = pair();
        run(p.a(), () -> blocks.block(p.b().id()));
        var toA = new CopyOnWriteArrayList<PresenceChanged>();
        var toB = new CopyOnWriteArrayList<PresenceChanged>();
        subscriptions.add(as(p.a(), () -> presence.subscribe(p.b().id(), toA::add, () -> {
        })));
        subscriptions.add(as(p.b(), () -> presence.subscribe(p.a().id(), toB::add, () -> {
        })));

        var bTab = as(p.b(), () -> presence.pageOpened());
        var aTab = as(p.a(), () -> presence.pageOpened());
        assertThat(as(p.a(), () -> presence.presenceOf(p.b().id()))).isEqualTo(new Presence(p.b().id(), false, null));
        assertThat(as(p.b(), () -> presence.presenceOf(p.a().id()))).isEqualTo(new Presence(p.a().id(), false, null));

        // Control: a third person sees them online, and live changes reach a subscriber who is not blocked.
        var c = newUser("Cat");
        var toC = new CopyOnWriteArrayList<PresenceChanged>();
        subscriptions.add(as(c, () -> presence.subscribe(p.b().id(), toC::add, () -> {
        })));
        assertThat(as(c, () -> presence.presenceOf(p.b().id())).online()).isTrue();
        bTab.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> toC.stream().anyMatch(e -> !e.online()));
        assertThat(toA).as("the blocker hears nothing of the blocked person").isEmpty();

        aTab.close();
        // The relay delivers A's channel in order: once a marker published now has arrived, the changes from while
        // blocked have been handed over (and dropped) before it. Then unblock: the next change reaches B.
        var marker = UUID.randomUUID().toString();
        var markerSeen = new java.util.concurrent.atomic.AtomicBoolean();
        try (var probe = broadcaster.subscribe("presence." + p.a().id().value(),
                event -> markerSeen.compareAndSet(false, marker.equals(event)))) {
            broadcaster.publish("presence." + p.a().id().value(), marker);
            await().atMost(Duration.ofSeconds(10)).untilTrue(markerSeen);
        }
        assertThat(toB).as("the blocked person hears nothing of the blocker").isEmpty();
        run(p.a(), () -> blocks.unblock(p.b().id()));
        var again = as(p.a(), () -> presence.pageOpened());
        await().atMost(Duration.ofSeconds(10)).until(() -> toB.stream().anyMatch(PresenceChanged::online));
        assertThat(toB).hasSize(1);
        assertThat(as(p.b(), () -> presence.presenceOf(p.a().id())).online()).isTrue();
        again.close();
    }
}
