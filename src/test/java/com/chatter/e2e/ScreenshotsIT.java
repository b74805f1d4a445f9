package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Saves current screenshots of the main screens to docs/screenshots (and checks they show what they should). */
class ScreenshotsIT extends E2eTestBase {

    @Test
    void desktopScreens() {
        var alice = createUser("alice", "Alice Liddell");
        var bob = createUser("bob", "Bob Builder");
        var carol = createUser("carol", "Carol Singer");
        var dave = createUser("dave", "Dave Grohl");
        var withBob = openChat(alice, bob);
        var withCarol = openChat(carol, alice);
        var withDave = openChat(dave, alice);
        send(dave, withDave, "Band practice moved to Friday");
        as(alice, () -> {
            chat.markRead(withDave, Long.MAX_VALUE);
            return null;
        });
        send(bob, withBob, "Hey Alice, lunch today?");
        send(alice, withBob, "Sure! 12:30 at the usual place?");
        send(bob, withBob, "Perfect, see you there.\nI'll bring the tickets for Saturday too.");
        send(alice, withBob, "Great, thanks!");

        var driver = (ChromeDriver) sharedBrowser(0);
        Browsers.viewport(driver, 1280, 800, false);
        var login = LoginPage.open(driver, baseUrl());
        screenshot(driver, "login");

        var list = login.logIn(alice.username(), PASSWORD);
        send(carol, withCarol, "Are you coming tonight?");
        send(carol, withCarol, "Bring snacks 🍕");
        send(carol, withCarol, "And the board games!");
        list.waitFor(d -> list.unread(withCarol) == 3);
        screenshot(driver, "desktop-chat-list");

        var room = list.openChat(withBob);
        room.waitForBubble("Great, thanks!");
        // Bob reads while Alice looks: the ticks turn blue.
        as(bob, () -> {
            chat.markRead(withBob, Long.MAX_VALUE);
            return null;
        });
        var last = room.bubbles().getLast();
        room.waitFor(d -> "read".equals(room.statusOf(last.id())));
        room.sendWithEnter("See you!");
        var unread = room.waitForBubble("See you!");
        assertThat(unread.status()).isEqualTo("sent");
        screenshot(driver, "desktop-chat");

        // Dark mode: the same chat with Lumo's dark theme and WhatsApp's dark colours, and the row menu open.
        var page = new AttentionPage(driver);
        page.byId("theme-toggle").click();
        page.waitFor(d -> page.darkTheme());
        page.waitFor(d -> page.background(".sidebar").equals("rgb(17, 27, 33)"));
        screenshot(driver, "desktop-chat-dark");
        page.openRowMenu(withCarol);
        screenshot(driver, "desktop-row-menu-dark");
        page.pressEscape();
        page.waitFor(d -> !page.menuOpen());
        page.byId("theme-toggle").click();
        page.waitFor(d -> !page.darkTheme());
    }
}
