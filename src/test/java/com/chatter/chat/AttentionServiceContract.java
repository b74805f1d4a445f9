package com.chatter.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.chatter.ChatTestSupport;
import com.chatter.account.UserSummary;
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

/**
 * Delivery ticks ({@link DeliveryService}) and chat list management ({@link ChatListService}): positions only move
 * forward, each change is told once, only members may act; run on H2 and PostgreSQL by the subclasses.
 */
abstract class AttentionServiceContract extends ChatTestSupport {

    @Autowired
    DeliveryService delivery;
    @Autowired
    ChatListService lists;

    private ConversationSummary summaryOf(UserSummary user, ConversationId id) {
        return as(user, () -> chat.listConversations()).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static <T> List<T> only(List<Serializable> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    // ---------------------------------------------------------------- delivery ticks

    @Test
    void deliveryMovesForwardOnlyAndIsToldToTheSenderOnce() {
        var p = pair();
        send(p.a(), p.id(), "one");
        send(p.a(), p.id(), "two");
        var aEvents = eventsOf(p.a());
        assertThat(summaryOf(p.a(), p.id()).lastMessageStatus()).isEqualTo("sent");

        as(p.b(), () -> delivery.markDelivered(p.id(), 2));
        as(p.b(), () -> delivery.markDelivered(p.id(), 2)); // a second tab
        as(p.b(), () -> delivery.markDelivered(p.id(), 1)); // late, older

        await().atMost(Duration.ofSeconds(5)).until(() -> !only(aEvents, MessagesDelivered.class).isEmpty());
        assertThat(only(aEvents, MessagesDelivered.class))
                .containsExactly(new MessagesDelivered(p.id(), p.b().id(), 2));
        var summary = summaryOf(p.a(), p.id());
        assertThat(summary.otherDeliveredSeq()).isEqualTo(2);
        assertThat(summary.lastMessageStatus()).isEqualTo("delivered");
        assertThat(as(p.a(), () -> chat.getConversation(p.id())).otherDeliveredSeq()).isEqualTo(2);

        as(p.b(), () -> chat.markRead(p.id(), 2));
        assertThat(summaryOf(p.a(), p.id()).lastMessageStatus()).isEqualTo("read");
    }

    @Test
    void readMessagesNeedNoDeliveryMark() {
        var p = pair();
        send(p.a(), p.id(), "hi");
        as(p.b(), () -> chat.markRead(p.id(), 1));
        var aEvents = eventsOf(p.a());

        as(p.b(), () -> delivery.markDelivered(p.id(), 1));
        assertThat(as(p.b(), () -> delivery.markAllDelivered())).isZero();

        send(p.b(), p.id(), "marker"); // events arrive in order: once this one is here, nothing else came
        await().atMost(Duration.ofSeconds(5)).until(() -> !only(aEvents, MessagePosted.class).isEmpty());
        assertThat(only(aEvents, MessagesDelivered.class)).isEmpty();
    }

    @Test
    void openingAPageDeliversEveryConversationOnce() {
        var p = pair();
        var c = newUser("Cid");
        var second = as(c, () -> chat.openDirect(p.b().id()));
        send(p.a(), p.id(), "from a");
        send(c, second, "from c 1");
        send(c, second, "from c 2");
        var aEvents = eventsOf(p.a());
        var cEvents = eventsOf(c);

        assertThat(as(p.b(), () -> delivery.markAllDelivered())).isEqualTo(2);
        assertThat(as(p.b(), () -> delivery.markAllDelivered())).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> !only(aEvents, MessagesDelivered.class).isEmpty()
                && !only(cEvents, MessagesDelivered.class).isEmpty());
        assertThat(only(aEvents, MessagesDelivered.class)).containsExactly(new MessagesDelivered(p.id(), p.b().id(), 1));
        assertThat(only(cEvents, MessagesDelivered.class)).containsExactly(new MessagesDelivered(second, p.b().id(), 2));
    }

    @Test
    void strangersCanNeitherDeliverNorChangeAChatsState() {
        var p = pair();
        send(p.a(), p.id(), "private");
        var stranger = newUser("Eve");

        assertThatThrownBy(() -> as(stranger, () -> delivery.markDelivered(p.id(), 1)))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> lists.setPinned(p.id(), true)))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> lists.saveDraft(p.id(), "mine now")))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(summaryOf(p.a(), p.id()).otherDeliveredSeq()).isZero();
    }

    // ---------------------------------------------------------------- chat list management

    @Test
    void atMostThreeChatsArePinnedAndPinnedOnesComeFirst() {
        var me = newUser("Pia");
        var ids = new ArrayList<ConversationId>();
        for (int i = 0; i < 4; i++) {
            var other = newUser("Other " + i);
            var id = as(me, () -> chat.openDirect(other.id()));
            send(other, id, "hello " + i);
            ids.add(id);
        }
        for (int i = 0; i < 3; i++) {
            var id = ids.get(i);
            assertThat(as(me, () -> lists.setPinned(id, true)).pinned()).isTrue();
        }
        assertThatThrownBy(() -> as(me, () -> lists.setPinned(ids.get(3), true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("up to 3");
        assertThat(as(me, () -> lists.state(ids.get(3))).pinned()).isFalse();

        var order = new ArrayList<>(as(me, () -> chat.listConversations()));
        order.sort(ConversationSummary.LIST_ORDER);
        assertThat(order.stream().map(ConversationSummary::id).toList())
                .containsExactly(ids.get(2), ids.get(1), ids.get(0), ids.get(3));

        as(me, () -> lists.setPinned(ids.get(0), false));
        assertThat(as(me, () -> lists.setPinned(ids.get(3), true)).pinned()).isTrue();
    }

    @Test
    void archiveMuteAndMarkUnreadAreMineAloneAndToldToMyTabsOnly() {
        var p = pair();
        send(p.b(), p.id(), "hi");
        as(p.a(), () -> chat.markRead(p.id(), 1));
        var aEvents = eventsOf(p.a());
        var bEvents = eventsOf(p.b());

        as(p.a(), () -> lists.setArchived(p.id(), true));
        as(p.a(), () -> lists.setMuted(p.id(), true));
        var state = as(p.a(), () -> lists.setMarkedUnread(p.id(), true));
        assertThat(state).isEqualTo(new ChatListState(null, true, true, true, null));

        var mine = summaryOf(p.a(), p.id());
        assertThat(mine.state()).isEqualTo(state);
        assertThat(mine.countsAsUnread()).as("muted: no title count").isFalse();
        assertThat(summaryOf(p.b(), p.id()).state()).isEqualTo(ChatListState.NONE);

        await().atMost(Duration.ofSeconds(5)).until(() -> only(aEvents, ChatStateChanged.class).size() == 3);
        assertThat(only(aEvents, ChatStateChanged.class).getLast().state()).isEqualTo(state);

        // A new message keeps the chat archived (WhatsApp's "keep chats archived"); reading clears "unread".
        send(p.b(), p.id(), "still there?");
        assertThat(summaryOf(p.a(), p.id()).state().archived()).isTrue();
        as(p.a(), () -> chat.markRead(p.id(), 2));
        assertThat(summaryOf(p.a(), p.id()).state().markedUnread()).isFalse();
        assertThat(only(bEvents, ChatStateChanged.class)).isEmpty();

        // Sending clears it too; archiving unpins.
        as(p.a(), () -> lists.setMarkedUnread(p.id(), true));
        send(p.a(), p.id(), "yes");
        assertThat(summaryOf(p.a(), p.id()).state().markedUnread()).isFalse();
        as(p.a(), () -> lists.setArchived(p.id(), false));
        as(p.a(), () -> lists.setPinned(p.id(), true));
        assertThat(as(p.a(), () -> lists.setArchived(p.id(), true)).pinned()).isFalse();
    }

    @Test
    void theDraftIsKeptPerMemberAndConversation() {
        var p = pair();
        as(p.a(), () -> lists.saveDraft(p.id(), "half a thought"));

        assertThat(as(p.a(), () -> chat.getConversation(p.id())).myDraft()).isEqualTo("half a thought");
        assertThat(summaryOf(p.a(), p.id()).state().draft()).isEqualTo("half a thought");
        assertThat(as(p.b(), () -> chat.getConversation(p.id())).myDraft()).isNull();

        var tooLong = "x".repeat(ChatService.MAX_MESSAGE_LENGTH + 1);
        assertThatThrownBy(() -> as(p.a(), () -> lists.saveDraft(p.id(), tooLong)))
                .isInstanceOf(MessageRejectedException.class);
        assertThat(as(p.a(), () -> chat.getConversation(p.id())).myDraft()).isEqualTo("half a thought");

        as(p.a(), () -> lists.saveDraft(p.id(), "   "));
        assertThat(as(p.a(), () -> chat.getConversation(p.id())).myDraft()).isNull();
    }
}
