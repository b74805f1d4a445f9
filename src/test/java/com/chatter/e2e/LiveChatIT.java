package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What the other person sees while someone types, sends and reads: all live, without reloading. */
class LiveChatIT extends E2eTestBase {

    private static final String TYPING = "typing…";

    @Test
    void typingShowsInTheOthersHeaderAndChatListAndGoesAwayAfterTypingStopsOrWhenTheMessageArrives() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var conversation = openChat(alice, bob);
        send(bob, conversation, "Hi Alice");

        var bobList = loggedIn(bob, sharedBrowser(1));
        var aliceRoom = ChatRoomPage.open(loggedIn(alice, sharedBrowser(0)).driver, baseUrl(), conversation);

        // Bob is on his chat list: the row's preview says "typing…" while Alice types.
        aliceRoom.type("Hel");
        bobList.waitFor(d -> bobList.preview(conversation).equals(TYPING));
        var stoppedAt = System.nanoTime();
        bobList.waiting(Duration.ofSeconds(10)).until(d -> bobList.preview(conversation).equals("Hi Alice"));
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isBetween(Duration.ofSeconds(1),
                Duration.ofSeconds(7));

        // Bob opens the chat: the header's status line says it too.
        var bobRoom = bobList.openChat(conversation);
        var idleStatus = bobRoom.status();
        assertThat(idleStatus).as("Alice has a page open: presence").isEqualTo("online");
        aliceRoom.type("lo");
        bobRoom.waitFor(d -> bobRoom.status().equals(TYPING));
        assertThat(bobList.preview(conversation)).as("chat list beside the open chat").isEqualTo(TYPING);
        stoppedAt = System.nanoTime();
        bobRoom.waiting(Duration.ofSeconds(10)).until(d -> bobRoom.status().equals(idleStatus));
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isBetween(Duration.ofSeconds(1),
                Duration.ofSeconds(7));
        bobRoom.waitFor(d -> bobList.preview(conversation).equals("Hi Alice"));

        // Typing again, then sending: the message replaces "typing…" at once, not seconds later.
        aliceRoom.type(" Bob");
        bobRoom.waitFor(d -> bobRoom.status().equals(TYPING));
        aliceRoom.type(org.openqa.selenium.Keys.ENTER);
        bobRoom.waitForBubble("Hello Bob");
        bobRoom.waiting(Duration.ofMillis(1500)).until(d -> bobRoom.status().equals(idleStatus)
                && bobList.preview(conversation).equals("Hello Bob"));
    }

    @Test
    void aMessageArrivingPastTheWindowTakesOnlyTheOldestBubbleOutOfThePage() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var conversation = openChat(alice, bob);
        for (int i = 1; i <= 50; i++) {
            send(bob, conversation, "history " + i);
        }
        var driver = loggedIn(alice, sharedBrowser(0)).driver;
        ChatRoomPage.open(driver, baseUrl(), conversation).waitForBubble("history 50");
        // Opened again with nothing unread: at the bottom, holding its window (no divider to scroll up to).
        var aliceRoom = ChatRoomPage.open(driver, baseUrl(), conversation);
        aliceRoom.waitForBubble("history 50");
        aliceRoom.waitForVaadin();
        // Every element taken out of the rows from now on (a row moved is taken out and put back).
        aliceRoom.js("""
                window.__takenOut = [];
                new MutationObserver(records => records.forEach(r => r.removedNodes.forEach(n =>
                    window.__takenOut.push(n.id || n.className || n.nodeName))))
                    .observe(document.querySelector('.message-rows'), {childList: true});""");

        send(bob, conversation, "one more");
        aliceRoom.waitForBubble("one more");
        aliceRoom.waitForVaadin();
        var shown = aliceRoom.bubbles();
        assertThat(shown).extracting(ChatRoomPage.Bubble::text).first().isEqualTo("history 2");
        assertThat(shown).hasSize(50);
        var kept = shown.subList(0, shown.size() - 1).stream().map(ChatRoomPage.Bubble::id).toList();
        assertThat((java.util.List<Object>) aliceRoom.js("return window.__takenOut;"))
                .as("bubbles that stayed were left where they were (not moved)")
                .doesNotContainAnyElementsOf(kept);
    }

    @Test
    void withBothLookingAtTheChatAMessageIsReadAtOnceAndTypingRightAfterASendShowsWithinASecond() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var conversation = openChat(alice, bob);
        send(bob, conversation, "Hi");

        var aliceRoom = ChatRoomPage.open(loggedIn(alice, sharedBrowser(0)).driver, baseUrl(), conversation);
        var bobRoom = ChatRoomPage.open(loggedIn(bob, sharedBrowser(1)).driver, baseUrl(), conversation);
        var idleStatus = aliceRoom.status();

        // Bob has the chat open and visible: Alice's message is read the moment it arrives.
        aliceRoom.sendWithEnter("Are you looking?");
        var sent = aliceRoom.waitForBubble("Are you looking?");
        bobRoom.waitForBubble("Are you looking?");
        aliceRoom.waitFor(d -> "read".equals(aliceRoom.statusOf(sent.id())));
        assertThat(as(bob, () -> chat.listConversations()).getFirst().unreadCount()).isZero();

        // Bob replies and at once starts the next message: Alice sees "typing…" within a second of the keystroke.
        bobRoom.sendWithEnter("Yes!");
        aliceRoom.waitForBubble("Yes!");
        aliceRoom.waitFor(d -> aliceRoom.status().equals(idleStatus));
        bobRoom.type("and");
        aliceRoom.waiting(Duration.ofSeconds(1)).until(d -> aliceRoom.status().equals(TYPING));
        var reply = bobRoom.waitForBubble("Yes!");
        bobRoom.waitFor(d -> "read".equals(bobRoom.statusOf(reply.id())));
    }

    @Test
    void ticksTurnFromDeliveredToReadWhenTheRecipientOpensTheChat() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var conversation = openChat(alice, bob);

        var bobList = loggedIn(bob, sharedBrowser(1));
        var aliceRoom = ChatRoomPage.open(loggedIn(alice, sharedBrowser(0)).driver, baseUrl(), conversation);

        aliceRoom.sendWithEnter("Are you there?");
        var sent = aliceRoom.waitForBubble("Are you there?");
        assertThat(sent.mine()).isTrue();
        // The message reached Bob's list, but Bob hasn't opened the chat: two grey ticks (delivered, not read).
        bobList.waitFor(d -> bobList.preview(conversation).equals("Are you there?"));
        assertThat(bobList.unread(conversation)).isEqualTo(1);
        aliceRoom.waitFor(d -> "delivered".equals(aliceRoom.statusOf(sent.id())));
        assertThat(aliceRoom.ticksShown(sent.id())).isEqualTo("✓✓");

        bobList.openChat(conversation).waitForBubble("Are you there?");

        aliceRoom.waitFor(d -> "read".equals(aliceRoom.statusOf(sent.id())));
        assertThat(aliceRoom.ticksShown(sent.id())).isEqualTo("✓✓");
        // Alice's chat list row (beside the chat) shows the blue double tick too.
        var aliceRowTicks = aliceRoom.driver.findElement(By.cssSelector("#chat-item-" + conversation.value() + " .ticks"));
        aliceRoom.waitFor(d -> "read".equals(aliceRowTicks.getAttribute("data-status")));
    }

    @Test
    void unreadBadgeCountsNewMessagesMovesTheChatUpAndClearsWhenOpened() {
        var bob = createUser("bob", "Bob");
        var alice = createUser("alice", "Alice");
        var carol = createUser("carol", "Carol");
        var withAlice = openChat(alice, bob);
        var withCarol = openChat(carol, bob);
        send(carol, withCarol, "Morning");
        send(alice, withAlice, "Old news");
        as(bob, () -> {
            chat.markRead(withAlice, Long.MAX_VALUE);
            chat.markRead(withCarol, Long.MAX_VALUE);
            return null;
        });

        var bobList = loggedIn(bob, sharedBrowser(1));
        assertThat(bobList.rowIds()).containsExactly("chat-item-" + withAlice.value(), "chat-item-" + withCarol.value());
        assertThat(bobList.unread(withAlice)).isZero();
        assertThat(bobList.unread(withCarol)).isZero();

        send(carol, withCarol, "One");
        send(carol, withCarol, "Two");
        send(carol, withCarol, "Three");

        bobList.waitFor(d -> bobList.unread(withCarol) == 3);
        assertThat(bobList.preview(withCarol)).isEqualTo("Three");
        assertThat(bobList.rowIds()).as("newest activity first")
                .containsExactly("chat-item-" + withCarol.value(), "chat-item-" + withAlice.value());

        send(alice, withAlice, "Me again");
        bobList.waitFor(d -> bobList.unread(withAlice) == 1);
        assertThat(bobList.rowIds())
                .containsExactly("chat-item-" + withAlice.value(), "chat-item-" + withCarol.value());
        assertThat(bobList.unread(withCarol)).isEqualTo(3);

        var room = bobList.openChat(withCarol);
        room.waitForBubble("Three");
        room.waitFor(d -> bobList.unread(withCarol) == 0);
        assertThat(bobList.unread(withAlice)).isEqualTo(1);
        // And it stays cleared after a reload.
        room.driver.navigate().refresh();
        var reloaded = new ChatListPage(room.driver);
        assertThat(reloaded.unread(withCarol)).isZero();
        assertThat(reloaded.unread(withAlice)).isEqualTo(1);
    }
}
