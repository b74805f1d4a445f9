package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Delivery ticks, presence and its privacy setting, the unread divider and jump-to-bottom, the tab title count,
 * browser notifications, the chat list's row menu, drafts and dark mode, in real Chromium sessions.
 */
class AttentionIT extends E2eTestBase {

    @Test
    void ticksGoFromSentToDeliveredWhenTheRecipientComesOnlineThenToReadAndPresenceFollows() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var id = openChat(alice, bob);
        var aliceRoom = ChatRoomPage.open(loggedIn(alice).driver, baseUrl(), id);
        var alicePage = new AttentionPage(aliceRoom.driver);
        assertThat(alicePage.status()).as("never seen").isEqualTo("@" + bob.username());

        aliceRoom.sendWithEnter("Are you there?");
        var first = aliceRoom.waitForBubble("Are you there?");
        assertThat(first.status()).isEqualTo("sent");
        assertThat(aliceRoom.ticksShown(first.id())).isEqualTo("✓");

        // Bob comes online later (his chat list): the ticks turn delivered, the header says online.
        var bobDriver = browser();
        var bobList = loggedIn(bob, bobDriver);
        aliceRoom.waitFor(d -> aliceRoom.statusOf(first.id()).equals("delivered"));
        assertThat(aliceRoom.ticksShown(first.id())).isEqualTo("✓✓");
        aliceRoom.waitFor(d -> alicePage.status().equals("online"));
        assertThat(alicePage.rowTicks(id)).isEqualTo("delivered");

        // While he is on his list, a new message is delivered at once, and read when he opens the chat.
        aliceRoom.sendWithEnter("Second one");
        var second = aliceRoom.waitForBubble("Second one");
        aliceRoom.waitFor(d -> aliceRoom.statusOf(second.id()).equals("delivered"));
        bobList.openChat(id);
        aliceRoom.waitFor(d -> aliceRoom.statusOf(second.id()).equals("read")
                && aliceRoom.statusOf(first.id()).equals("read"));
        aliceRoom.waitFor(d -> alicePage.rowTicks(id).equals("read"));

        // Bob leaves: last seen today; with "Nobody" no time shows at all.
        bobDriver.get("about:blank");
        aliceRoom.waitFor(d -> alicePage.status().startsWith("last seen today at "));

        bobDriver.get(baseUrl()); // still logged in: the session cookie is kept
        new ChatListPage(bobDriver);
        aliceRoom.waitFor(d -> alicePage.status().equals("online"));
        bobDriver.get(baseUrl() + "settings/privacy");
        var bobSettings = new AttentionPage(bobDriver);
        bobSettings.waitFor(d -> d.findElement(By.id("privacy-last-seen")).isDisplayed());
        bobDriver.findElements(By.cssSelector("#privacy-last-seen vaadin-radio-button")).get(1).click();
        bobSettings.waitForVaadin();
        bobDriver.get("about:blank");
        aliceRoom.waitFor(d -> alicePage.status().equals("@" + bob.username()));
    }

    @Test
    void aChatWithUnreadMessagesOpensAtTheDividerAndTheJumpButtonCountsNewMessages() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var id = openChat(bob, alice);
        for (int i = 1; i <= 40; i++) {
            send(bob, id, "Message number " + i + " with a little text so that it takes some room");
        }
        as(alice, () -> {
            chat.markRead(id, 10);
            return null;
        });

        var room = ChatRoomPage.open(loggedIn(alice).driver, baseUrl(), id);
        var page = new AttentionPage(room.driver);
        room.waitFor(d -> d.findElement(By.id("unread-divider")).getText().equals("30 unread messages"));
        room.waitFor(d -> Boolean.TRUE.equals(room.js("""
                const list = document.getElementById('message-list');
                const divider = document.getElementById('unread-divider').getBoundingClientRect();
                const box = list.getBoundingClientRect();
                return Math.abs(list.scrollTop) > 200 && divider.top >= box.top - 1 && divider.top < box.bottom;""")));
        assertThat(room.js("return document.getElementById('unread-divider').nextElementSibling.dataset.seq"))
                .isEqualTo("11");

        room.waitFor(d -> d.findElement(By.id("jump-to-bottom")).isDisplayed());
        send(bob, id, "new while up 1");
        send(bob, id, "new while up 2");
        room.waitFor(d -> d.findElement(By.id("jump-to-bottom-count")).getText().equals("2"));
        room.byId("jump-to-bottom").click();
        room.waitFor(d -> Boolean.TRUE.equals(room.js(
                "return Math.abs(document.getElementById('message-list').scrollTop) < 40;")));
        room.waitFor(d -> d.findElements(By.id("jump-to-bottom")).stream().noneMatch(e -> e.isDisplayed()));
        assertThat(page.status()).isNotEmpty();
    }

    @Test
    void theTitleCountsUnreadChatsAndTheRowMenuPinsMutesMarksUnreadAndArchives() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var carol = createUser("carol", "Carol");
        var withBob = openChat(bob, alice);
        send(bob, withBob, "hi from Bob");
        var withCarol = openChat(carol, alice);
        send(carol, withCarol, "hi from Carol");

        var list = loggedIn(alice);
        var page = new AttentionPage(list.driver);
        page.waitFor(d -> page.title().equals("(2) Chatter"));

        page.rowAction(withCarol, "chat-action-mute");
        page.waitFor(d -> page.rowAttribute(withCarol, "data-muted").equals("true"));
        page.waitFor(d -> page.title().equals("(1) Chatter"));

        page.rowAction(withBob, "chat-action-pin");
        page.waitFor(d -> page.rowAttribute(withBob, "data-pinned").equals("true"));
        assertThat(list.rowIds().getFirst()).isEqualTo("chat-item-" + withBob.value());

        // Read, then marked unread again: the badge and the title count come back.
        list.openChat(withBob);
        page.waitFor(d -> list.unread(withBob) == 0 && !page.title().startsWith("(")
                && page.title().endsWith(" · Chatter")); // the open chat's name, no count
        page.rowAction(withBob, "chat-action-mark-unread");
        page.waitFor(d -> !d.findElements(By.cssSelector("#chat-item-" + withBob.value() + " .unread-badge")).isEmpty());
        page.waitFor(d -> page.title().startsWith("(1) ") && page.title().endsWith(" · Chatter"));

        // Keyboard: the menu opens with the focus on its first action; Esc closes it and nothing changes.
        page.openRowMenu(withCarol);
        page.waitFor(d -> "chat-action-pin".equals(page.js("return document.activeElement && document.activeElement.id")));
        page.pressEscape();
        page.waitFor(d -> !page.menuOpen());

        page.rowAction(withCarol, "chat-action-archive");
        page.waitFor(d -> d.findElements(By.id("chat-item-" + withCarol.value())).isEmpty());
        page.waitFor(d -> d.findElement(By.id("archived-button")).getText().contains("Archived (1)"));
        send(carol, withCarol, "still archived?");
        page.byId("archived-button").click();
        page.waitFor(d -> list.preview(withCarol).equals("still archived?"));
        assertThat(page.rowAttribute(withCarol, "data-archived")).isEqualTo("true");
    }

    @Test
    void notificationsAreAskedForOnAClickAndShowMessagesOfChatsNotOpenAndOpenTheChatWhenClicked() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var id = openChat(bob, alice);
        send(bob, id, "first");
        var list = loggedIn(alice);
        var page = new AttentionPage(list.driver);
        page.captureNotifications();
        page.byId("settings-button").click();
        page.byId("settings-privacy-link").click(); // notifications are on the privacy and notifications page
        page.waitFor(d -> d.findElement(By.id("notifications-toggle")).isDisplayed());
        assertThat(page.permissionRequests()).as("never asked on page load").isZero();

        page.byId("notifications-toggle").click();
        page.waitFor(d -> "on".equals(page.js("return localStorage.getItem('chatter.notifications');")));
        assertThat(page.permissionRequests()).isEqualTo(1);

        page.byId("settings-back").click();
        page.waitForVaadin();
        send(bob, id, "Lunch at one?");
        page.waitFor(d -> page.notificationsShown() == 1);
        assertThat(page.lastNotification()).isEqualTo("Bob: Lunch at one?");

        page.clickLastNotification();
        var room = new ChatRoomPage(list.driver, id);
        room.waitForBubble("Lunch at one?");
        // The chat is open and visible now: no notification for its messages.
        send(bob, id, "See you");
        room.waitForBubble("See you");
        room.waitForVaadin();
        assertThat(page.notificationsShown()).isEqualTo(1);
    }

    @Test
    void aDraftStaysWithItsChatAcrossNavigationAndReload() {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var carol = createUser("carol", "Carol");
        var withBob = openChat(bob, alice);
        send(bob, withBob, "hello");
        var withCarol = openChat(carol, alice);
        send(carol, withCarol, "hey");

        var list = loggedIn(alice);
        var room = list.openChat(withBob);
        room.type("half a thought");
        room.waitForVaadin();
        list.openChat(withCarol);
        list.waitFor(d -> list.preview(withBob).equals("Draft: half a thought"));

        list.driver.navigate().refresh();
        var reloaded = new ChatListPage(list.driver);
        reloaded.waitFor(d -> reloaded.preview(withBob).equals("Draft: half a thought"));
        var back = reloaded.openChat(withBob);
        back.waitFor(d -> "half a thought".equals(back.inputValue()));
    }

    @Test
    void darkModeFollowsTheSystemAndTheToggleRemembersTheChoice() {
        var alice = createUser("alice", "Alice");
        var light = loggedIn(alice);
        var page = new AttentionPage(light.driver);
        assertThat(page.darkTheme()).isFalse();
        var lightPane = page.background(".sidebar");

        page.byId("theme-toggle").click();
        page.waitFor(d -> page.darkTheme());
        assertThat(page.background(".sidebar")).isNotEqualTo(lightPane);
        light.driver.navigate().refresh();
        var again = new AttentionPage(new ChatListPage(light.driver).driver);
        assertThat(again.darkTheme()).as("remembered").isTrue();
        again.byId("theme-toggle").click();
        again.waitFor(d -> !again.darkTheme());

        // A browser whose system prefers dark starts dark, without any choice made.
        var darkDriver = (ChromeDriver) browser();
        darkDriver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        var dark = new AttentionPage(loggedIn(alice, darkDriver).driver);
        assertThat(dark.darkTheme()).isTrue();
        assertThat(dark.background(".sidebar")).isEqualTo("rgb(17, 27, 33)");
    }
}
