package com.chatter.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.chatter.ChatTestSupport;
import com.chatter.account.UserSummary;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.Subscription;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What callers rely on from {@link MessageActions}; run on H2 and on PostgreSQL by the subclasses. */
abstract class MessageActionsContract extends ChatTestSupport {

    @Autowired
    MessageActions actions;
    @Autowired
    JdbcTemplate jdbc;

    private List<ChatMessage> history(UserSummary user, ConversationId id) {
        return as(user, () -> chat.messagesAfter(id, 0, ChatService.MAX_PAGE_SIZE));
    }

    private void sentAgo(ChatMessage message, Duration ago) {
        jdbc.update("update message set created_at = ? where id = ?", Timestamp.from(Instant.now().minus(ago)),
                message.id().value());
    }

    private String storedContent(ChatMessage message) {
        return jdbc.queryForObject("select content from message where id = ?", String.class, message.id().value());
    }

    // ---------------------------------------------------------------- reply

    @Test
    void aReplyQuotesTheOriginalInEveryonesHistory() {
        var p = pair();
        var original = send(p.b(), p.id(), "Lunch at noon?");

        var reply = as(p.a(), () -> actions.reply(p.id(), "r-" + UUID.randomUUID(), "Yes!", original.id()));

        assertThat(reply.quote()).isNotNull();
        assertThat(reply.quote().id()).isEqualTo(original.id());
        assertThat(reply.quote().text()).isEqualTo("Lunch at noon?");
        assertThat(reply.quote().senderId()).isEqualTo(p.b().id());
        assertThat(history(p.b(), p.id()).getLast().quote()).isEqualTo(reply.quote());
    }

    @Test
    void aReplyToAMessageOfAnotherConversationIsRefusedAndNothingIsStored() {
        var p = pair();
        var q = pair();
        var elsewhere = send(q.a(), q.id(), "not yours");
        var mineElsewhere = send(p.a(), as(p.a(), () -> chat.openDirect(q.b().id())), "mine, other chat");

        assertThatThrownBy(() -> as(p.a(), () -> actions.reply(p.id(), "r1", "hi", elsewhere.id())))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("of this chat");
        assertThatThrownBy(() -> as(p.a(), () -> actions.reply(p.id(), "r2", "hi", mineElsewhere.id())))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("of this chat");
        assertThat(history(p.a(), p.id())).isEmpty();
    }

    // ---------------------------------------------------------------- edit

    @Test
    void theAuthorEditsInPlaceAndEveryoneHearsOfIt() {
        var p = pair();
        var first = send(p.a(), p.id(), "helo");
        var second = send(p.b(), p.id(), "what?");
        var bobEvents = eventsOf(p.b());

        var edited = as(p.a(), () -> actions.edit(first.id(), "hello"));

        assertThat(edited.content()).isEqualTo("hello");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.seq()).isEqualTo(first.seq());
        var seen = history(p.b(), p.id());
        assertThat(seen).extracting(ChatMessage::content).containsExactly("hello", "what?");
        assertThat(seen).extracting(ChatMessage::id).containsExactly(first.id(), second.id());
        assertThat(seen.getFirst().editedAt()).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> bobEvents.stream().anyMatch(e ->
                e instanceof MessageEdited me && me.messageId().equals(first.id()) && me.content().equals("hello")));
        assertThat(as(p.b(), () -> chat.listConversations()).getFirst().lastMessage().content()).isEqualTo("what?");
    }

    @Test
    void editingTheNewestMessageChangesTheChatListPreviewForBoth() {
        var p = pair();
        send(p.b(), p.id(), "hi");
        var newest = send(p.a(), p.id(), "helo");

        as(p.a(), () -> actions.edit(newest.id(), "hello"));

        for (var user : List.of(p.a(), p.b())) {
            var preview = as(user, () -> chat.listConversations()).getFirst().lastMessage();
            assertThat(preview.id()).isEqualTo(newest.id());
            assertThat(preview.content()).isEqualTo("hello");
            assertThat(as(user, () -> chat.conversationSummary(p.id())).lastMessage().content()).isEqualTo("hello");
        }
        var next = send(p.b(), p.id(), "better");
        assertThat(as(p.a(), () -> chat.listConversations()).getFirst().lastMessage()).isEqualTo(next);
    }

    @Test
    void editingIsRefusedForOthersMessagesLateEditsAndBadTexts() {
        var p = pair();
        var theirs = send(p.b(), p.id(), "bob's");
        var old = send(p.a(), p.id(), "old one");
        var fresh = send(p.a(), p.id(), "fresh");
        sentAgo(old, Duration.ofMinutes(16));

        assertThatThrownBy(() -> as(p.a(), () -> actions.edit(theirs.id(), "mine now")))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("your own");
        assertThatThrownBy(() -> as(p.a(), () -> actions.edit(old.id(), "too late")))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("15 minutes");
        assertThatThrownBy(() -> as(p.a(), () -> actions.edit(fresh.id(), "   ")))
                .isInstanceOf(MessageRejectedException.class);
        assertThatThrownBy(() -> as(p.a(), () -> actions.edit(fresh.id(), "x".repeat(5000))))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("too long");
        assertThat(history(p.a(), p.id())).extracting(ChatMessage::content).containsExactly("bob's", "old one",
                "fresh");
        assertThat(history(p.a(), p.id())).noneMatch(ChatMessage::edited);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deletingForEveryoneRemovesTheTextFromTheDatabaseAndPreviews() {
        var p = pair();
        var secret = send(p.a(), p.id(), "my secret password");
        as(p.b(), () -> actions.react(secret.id(), "😮"));
        as(p.b(), () -> actions.setStarred(secret.id(), true));
        var bobEvents = eventsOf(p.b());

        as(p.a(), () -> actions.deleteForEveryone(secret.id()));

        assertThat(storedContent(secret)).isEmpty();
        var seen = history(p.b(), p.id()).getFirst();
        assertThat(seen.deleted()).isTrue();
        assertThat(seen.content()).isEmpty();
        assertThat(seen.reactions()).isEmpty();
        assertThat(seen.starred()).isFalse();
        assertThat(as(p.b(), () -> actions.starred(null, 10))).isEmpty();
        var preview = as(p.b(), () -> chat.listConversations()).getFirst().lastMessage();
        assertThat(preview.deleted()).isTrue();
        assertThat(preview.content()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from conversation where last_content = ?", Long.class,
                "my secret password")).as("the chat list's copy of the text is gone too").isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> bobEvents.stream()
                .anyMatch(e -> e instanceof MessageDeleted d && d.messageId().equals(secret.id())));
    }

    @Test
    void deletingForEveryoneIsRefusedTwiceForOthersMessagesAndAfterTwoDays() {
        var p = pair();
        var mine = send(p.a(), p.id(), "mine");
        var theirs = send(p.b(), p.id(), "theirs");
        var old = send(p.a(), p.id(), "old");
        sentAgo(old, Duration.ofDays(2).plusMinutes(1));
        as(p.a(), () -> actions.deleteForEveryone(mine.id()));

        assertThatThrownBy(() -> as(p.a(), () -> actions.deleteForEveryone(mine.id())))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> as(p.a(), () -> actions.deleteForEveryone(theirs.id())))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("your own");
        assertThatThrownBy(() -> as(p.a(), () -> actions.deleteForEveryone(old.id())))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("2 days");
        assertThat(storedContent(theirs)).isEqualTo("theirs");
        assertThat(storedContent(old)).isEqualTo("old");
        assertThatThrownBy(() -> as(p.a(), () -> actions.edit(mine.id(), "back")))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("deleted");
    }

    @Test
    void deletingForMeHidesTheMessageFromMyHistoryOnly() {
        var p = pair();
        var one = send(p.b(), p.id(), "one");
        var two = send(p.b(), p.id(), "two");
        var annEvents = eventsOf(p.a());
        var bobEvents = eventsOf(p.b());

        as(p.a(), () -> actions.deleteForMe(one.id()));

        assertThat(history(p.a(), p.id())).extracting(ChatMessage::content).containsExactly("two");
        assertThat(as(p.a(), () -> chat.messagesBefore(p.id(), Long.MAX_VALUE, 50)))
                .extracting(ChatMessage::content).containsExactly("two");
        assertThat(history(p.b(), p.id())).extracting(ChatMessage::content).containsExactly("one", "two");
        assertThatThrownBy(() -> as(p.a(), () -> actions.deleteForMe(one.id())))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> as(p.a(), () -> actions.message(one.id())))
                .isInstanceOf(MessageNotFoundException.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> annEvents.stream()
                .anyMatch(e -> e instanceof MessageHiddenForMe h && h.messageId().equals(one.id())));
        send(p.a(), p.id(), "marker");
        await().atMost(Duration.ofSeconds(5)).until(() -> bobEvents.stream().anyMatch(e -> e instanceof MessagePosted));
        assertThat(bobEvents).noneMatch(e -> e instanceof MessageHiddenForMe);
        assertThat(two.seq()).isEqualTo(2);
    }

    @Test
    void deletingMyNewestMessagesForMeShowsTheNewestIStillSeeInMyChatList() {
        var p = pair();
        send(p.b(), p.id(), "one");
        var two = send(p.a(), p.id(), "two");
        var three = send(p.b(), p.id(), "three");

        as(p.a(), () -> actions.deleteForMe(three.id()));

        var mine = as(p.a(), () -> chat.conversationSummary(p.id()));
        assertThat(mine.lastMessage().content()).isEqualTo("two");
        assertThat(mine.lastSeq()).as("the conversation's position stays").isEqualTo(3);
        assertThat(mine.unreadCount()).isEqualTo(1);
        assertThat(as(p.a(), () -> chat.listConversations()).getFirst()).isEqualTo(mine);
        assertThat(as(p.b(), () -> chat.listConversations()).getFirst().lastMessage().content()).isEqualTo("three");

        as(p.a(), () -> actions.deleteForMe(two.id()));
        assertThat(as(p.a(), () -> chat.conversationSummary(p.id())).lastMessage().content()).isEqualTo("one");
        var four = send(p.b(), p.id(), "four");
        var after = as(p.a(), () -> chat.conversationSummary(p.id()));
        assertThat(after.lastMessage()).isEqualTo(four);
        assertThat(after.unreadCount()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- react

    @Test
    void onePersonHasOneReactionPickingItAgainTakesItBack() {
        var p = pair();
        var message = send(p.a(), p.id(), "Party tonight");
        var annEvents = eventsOf(p.a());

        as(p.a(), () -> actions.react(message.id(), "👍"));
        as(p.b(), () -> actions.react(message.id(), "👍"));
        var afterSwitch = as(p.b(), () -> actions.react(message.id(), "❤️"));
        assertThat(afterSwitch).containsExactly(new Reaction("👍", List.of(p.a().id())),
                new Reaction("❤️", List.of(p.b().id())));

        var afterTakingBack = as(p.a(), () -> actions.react(message.id(), "👍"));
        assertThat(afterTakingBack).containsExactly(new Reaction("❤️", List.of(p.b().id())));
        assertThat(history(p.a(), p.id()).getFirst().reactions()).isEqualTo(afterTakingBack);
        await().atMost(Duration.ofSeconds(5)).until(() -> annEvents.stream().anyMatch(e ->
                e instanceof ReactionsChanged r && r.memberId().equals(p.a().id()) && r.emoji() == null));
        // The events say what each person changed; applied in any order they give the stored reactions.
        var changes = annEvents.stream().filter(ReactionsChanged.class::isInstance).map(ReactionsChanged.class::cast)
                .toList();
        assertThat(changes).hasSize(4);
        var inOrder = List.<Reaction>of();
        var reversed = List.<Reaction>of();
        for (int i = 0; i < changes.size(); i++) {
            inOrder = changes.get(i).applyTo(inOrder);
        }
        // Bob's two changes first, then Ann's two (each person's own changes keep their order).
        reversed = changes.get(3).applyTo(changes.get(0).applyTo(changes.get(2).applyTo(changes.get(1)
                .applyTo(reversed))));
        assertThat(inOrder).isEqualTo(afterTakingBack);
        assertThat(reversed).as("Bob's and Ann's changes commute").isEqualTo(afterTakingBack);
        assertThat(jdbc.queryForObject("select count(*) from message_reaction where message_id = ?", Long.class,
                message.id().value())).isOne();
    }

    @Test
    void onlyTheQuickReactionsAreAccepted() {
        var p = pair();
        var message = send(p.a(), p.id(), "hello");

        for (var bad : List.of("🍕", "<b>", "", "👍👍")) {
            assertThatThrownBy(() -> as(p.b(), () -> actions.react(message.id(), bad)))
                    .isInstanceOf(MessageRejectedException.class).hasMessageContaining("quick reactions");
        }
        assertThat(history(p.a(), p.id()).getFirst().reactions()).isEmpty();
    }

    // ---------------------------------------------------------------- forward

    @Test
    void forwardingCopiesTheMessageMarkedForwardedOnceEvenWhenRetried() {
        var p = pair();
        var carol = newUser("Carol");
        var withCarol = as(p.a(), () -> chat.openDirect(carol.id()));
        var original = send(p.b(), p.id(), "Meme of the day");

        var copies = as(p.a(), () -> actions.forward(original.id(), List.of(withCarol, p.id()), "req1"));
        var again = as(p.a(), () -> actions.forward(original.id(), List.of(withCarol, p.id()), "req1"));

        assertThat(copies).hasSize(2).allSatisfy(copy -> {
            assertThat(copy.forwarded()).isTrue();
            assertThat(copy.content()).isEqualTo("Meme of the day");
            assertThat(copy.senderId()).isEqualTo(p.a().id());
        });
        assertThat(again).isEqualTo(copies);
        assertThat(history(carol, withCarol)).extracting(ChatMessage::content).containsExactly("Meme of the day");
        assertThat(history(carol, withCarol).getFirst().forwarded()).isTrue();
        assertThat(history(p.b(), p.id())).hasSize(2);
    }

    @Test
    void forwardingToAChatIAmNotInIsRefusedAndNothingIsSent() {
        var p = pair();
        var q = pair();
        var mineToo = as(p.a(), () -> chat.openDirect(q.a().id()));
        var original = send(p.a(), p.id(), "only for friends");

        assertThatThrownBy(() -> as(p.a(), () -> actions.forward(original.id(), List.of(mineToo, q.id()), "r2")))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("your own chats");
        assertThatThrownBy(() -> as(p.a(), () -> actions.forward(original.id(), List.of(), "r3")))
                .isInstanceOf(MessageRejectedException.class);
        assertThat(history(p.a(), mineToo)).isEmpty();
        assertThat(history(q.a(), q.id())).isEmpty();
    }

    // ---------------------------------------------------------------- star

    @Test
    void starredMessagesAreListedNewestStarFirstWithTheirChat() {
        var p = pair();
        var one = send(p.b(), p.id(), "address: 1 Main St");
        var two = send(p.a(), p.id(), "code 4711");
        var annEvents = eventsOf(p.a());

        assertThat(as(p.a(), () -> actions.setStarred(one.id(), true))).isTrue();
        assertThat(as(p.a(), () -> actions.setStarred(one.id(), true))).isFalse();
        as(p.a(), () -> actions.setStarred(two.id(), true));

        var starred = as(p.a(), () -> actions.starred(null, 10));
        assertThat(starred).extracting(s -> s.message().content()).containsExactly("code 4711", "address: 1 Main St");
        assertThat(starred).allSatisfy(s -> assertThat(s.chatName()).isEqualTo("Bob"));
        assertThat(as(p.a(), () -> actions.starred(starred.getFirst().starredAt(), 10)))
                .extracting(s -> s.message().id()).containsExactly(one.id());
        assertThat(as(p.b(), () -> actions.starred(null, 10))).isEmpty();
        assertThat(history(p.a(), p.id())).allMatch(ChatMessage::starred);
        assertThat(history(p.b(), p.id())).noneMatch(ChatMessage::starred);

        as(p.a(), () -> actions.setStarred(one.id(), false));
        assertThat(as(p.a(), () -> actions.starred(null, 10))).extracting(s -> s.message().id())
                .containsExactly(two.id());
        await().atMost(Duration.ofSeconds(5)).until(() -> annEvents.stream()
                .anyMatch(e -> e instanceof MessageStarChanged s && !s.starred()));
    }

    // ---------------------------------------------------------------- strangers and the rest

    @Test
    void aStrangerFindsNoMessageToActOn() {
        var p = pair();
        var message = send(p.a(), p.id(), "private");
        var stranger = newUser("Eve");
        var hers = as(stranger, () -> chat.openDirect(p.b().id()));

        List<Runnable> tries = List.of(
                () -> actions.message(message.id()),
                () -> actions.edit(message.id(), "hacked"),
                () -> actions.deleteForEveryone(message.id()),
                () -> actions.deleteForMe(message.id()),
                () -> actions.react(message.id(), "👍"),
                () -> actions.forward(message.id(), List.of(hers), "s1"),
                () -> actions.setStarred(message.id(), true),
                () -> actions.message(new MessageId(Long.MAX_VALUE)));
        for (var attempt : tries) {
            assertThatThrownBy(() -> as(stranger, attempt)).isInstanceOf(MessageNotFoundException.class);
        }
        assertThatThrownBy(() -> as(stranger, () -> actions.lastOwnMessage(p.id())))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(history(p.a(), p.id())).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("private");
            assertThat(m.reactions()).isEmpty();
            assertThat(m.edited()).isFalse();
        });
        assertThat(history(stranger, hers)).isEmpty();
    }

    @Test
    void myLastMessageIsTheNewestOfMineThatIsNotDeleted() {
        var p = pair();
        var first = send(p.a(), p.id(), "first");
        var second = send(p.a(), p.id(), "second");
        send(p.b(), p.id(), "bob's");
        as(p.a(), () -> actions.deleteForEveryone(second.id()));

        assertThat(as(p.a(), () -> actions.lastOwnMessage(p.id()))).map(ChatMessage::id).contains(first.id());
        assertThat(as(p.a(), () -> actions.canEdit(first))).isTrue();
        assertThat(as(p.b(), () -> actions.canEdit(first))).isFalse();
        assertThat(Set.of(first.seq(), second.seq())).hasSize(2);
    }
}
