package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.chat.MessageActions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** On a phone one pane shows at a time: the list, or the open chat with a way back. */
class PhoneLayoutIT extends E2eTestBase {

    @Autowired
    MessageActions actions;

    @Test
    void phoneShowsTheListOrTheChatAndTheBackButtonReturnsToTheList() {
        var alice = createUser("alice", "Alice Liddell");
        var bob = createUser("bob", "Bob Builder");
        var carol = createUser("carol", "Carol Singer");
        var conversation = openChat(alice, bob);
        var other = openChat(carol, alice);
        send(bob, conversation, "Hey Alice, lunch today?");
        send(alice, conversation, "Sure! 12:30 at the usual place?");
        send(bob, conversation, "Perfect 👍 see you there");
        send(carol, other, "Did you see the game last night?");

        var driver = phoneBrowser();
        var list = loggedIn(alice, driver);
        assertThat(displayed(driver, "chat-list")).isTrue();
        assertThat(driver.findElement(By.cssSelector(".chat-pane")).isDisplayed()).as("no chat pane beside the list")
                .isFalse();
        assertThat(widthOf(driver, "chat-list")).isEqualTo(390);
        screenshot(driver, "phone-chat-list");

        var room = list.openChat(conversation);
        room.waitForBubble("Perfect 👍 see you there");
        assertThat(displayed(driver, "back-button")).isTrue();
        assertThat(displayed(driver, "message-list")).isTrue();
        assertThat(displayed(driver, "chat-list")).as("the list is hidden while a chat is open").isFalse();
        assertThat(widthOf(driver, "message-list")).isEqualTo(390);
        room.type("On my way");
        screenshot(driver, "phone-chat-room");

        var back = room.back();
        back.waitFor(d -> displayed(d, "chat-list"));
        assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl());
        assertThat(driver.findElements(By.id("message-list"))).isEmpty();

        // Dark mode on the phone too.
        var page = new AttentionPage(driver);
        page.byId("theme-toggle").click();
        page.waitFor(d -> page.darkTheme());
        screenshot(driver, "phone-chat-list-dark");
        var darkRoom = back.openChat(conversation);
        darkRoom.waitForBubble("Perfect 👍 see you there");
        screenshot(driver, "phone-chat-room-dark");
    }

    @Test
    void starredMessagesFitAPhoneAndTheBackButtonReturnsToTheList() {
        var alice = createUser("alice", "Alice Liddell");
        var bob = createUser("bob", "Bob Builder With A Rather Long Display Name For A Phone");
        var conversation = openChat(alice, bob);
        var starred = send(bob, conversation, "The address: https://example.org/a/very/long/path/that/does/not/wrap"
                + "/anywhere/on/its/own/" + "x".repeat(80) + " and a second line of text after it");
        as(alice, () -> actions.setStarred(starred.id(), true));

        var driver = phoneBrowser();
        var list = loggedIn(alice, driver);
        list.byId("starred-button").click();
        list.waitFor(d -> displayed(d, "starred-list") && displayed(d, "starred-" + starred.id().value()));
        assertThat(displayed(driver, "chat-list")).as("one pane at a time").isFalse();
        assertThat(widthOf(driver, "starred-list")).isEqualTo(390);
        assertThat(list.js("const e = document.scrollingElement;"
                + " const l = document.getElementById('starred-list');"
                + " return e.scrollWidth <= e.clientWidth && l.scrollWidth <= l.clientWidth;"))
                .as("no horizontal scrolling").isEqualTo(true);
        screenshot(driver, "phone-starred");

        list.byId("starred-back").click();
        list.waitFor(d -> displayed(d, "chat-list"));
        assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl());
    }

    private static boolean displayed(WebDriver driver, String id) {
        var found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    private static long widthOf(WebDriver driver, String id) {
        return Math.round(driver.findElement(By.id(id)).getRect().getWidth());
    }
}
