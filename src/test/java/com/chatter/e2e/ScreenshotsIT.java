package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Saves current screenshots of the main screens to docs/screenshots (and checks they show what they should). */
class ScreenshotsIT extends E2eTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    com.chatter.chat.MessageActions actions;

    /** Message actions (issue 7): the message menu, a reply, reactions and search results. */
    @Test
    void messageActionScreens() {
        var alice = createUser("alice", "Alice Liddell");
        var bob = createUser("bob", "Bob Builder");
        var withBob = openChat(alice, bob);
        var question = send(bob, withBob, "Which train do we take on Saturday?");
        send(alice, withBob, "The 9:15 from the central station");
        var photo = send(bob, withBob, "Great! I booked the table at the harbour restaurant 🎉");
        as(alice, () -> actions.react(photo.id(), "❤️"));
        as(bob, () -> actions.react(photo.id(), "❤️"));
        send(alice, withBob, "Let's walk along the harbour afterwards");

        var driver = (ChromeDriver) sharedBrowser(0);
        Browsers.viewport(driver, 1280, 800, false);
        var room = ChatRoomPage.open(loggedIn(alice, driver).driver, baseUrl(), withBob);
        var page = new MessageActionsPage(room);
        room.waitForBubble("Let's walk along the harbour afterwards");

        page.openMenu(question.id());
        assertThat(page.menuShows("reply")).isTrue();
        screenshot(driver, "message-menu");
        page.escape();
        page.waitFor(d -> !page.menuOpen());

        page.react(photo.id(), 2);
        page.waitFor(d -> page.chips(photo.id()).size() == 2);
        page.bubble(photo.id()).findElement(org.openqa.selenium.By.className("reaction-chip")).click();
        page.waitFor(d -> page.byId("reaction-who").isDisplayed());
        screenshot(driver, "message-reactions");
        page.escape();
        page.waitFor(d -> !page.byId("reaction-picker").isDisplayed());

        as(alice, () -> actions.reply(withBob, "shot-reply", "Yes, the 9:15. I'll get the tickets!",
                question.id()));
        room.waitForBubble("Yes, the 9:15. I'll get the tickets!");
        page.openMenu(photo.id()).action("reply");
        page.waitFor(d -> page.byId("reply-preview").isDisplayed());
        room.type("Can't wait");
        screenshot(driver, "message-reply");
        page.byId("reply-cancel").click();

        page.byId("chat-search-button").click();
        page.waitFor(d -> page.byId("message-search").isDisplayed());
        Page.innerInput(page.byId("message-search-input")).sendKeys("harbour");
        page.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("#message-search-results .search-result"))
                .size() == 2);
        screenshot(driver, "message-search");
    }

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
        if (driver.getCurrentUrl().startsWith(baseUrl())) {
            driver.manage().deleteAllCookies(); // the shared browser may still be logged in from another test
        }
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
