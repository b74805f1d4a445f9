package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Keyboard only: every flow without a single mouse action. Keys go to whatever has focus, as a person's keyboard
 * would; the test only reads where focus is.
 */
class KeyboardIT extends E2eTestBase {

    @Test
    void registerLogInOpenAChatSendStartANewChatAndLogOutWithTheKeyboardOnly() {
        var bob = createUser("kbob", "Bob Keys");
        var carol = createUser("kcarol", "Carol Keys");
        var driver = browser();
        var username = uniqueName("kalice");

        // Register: the username field has focus; Tab moves through the form, Enter on the button submits.
        var register = RegisterPage.open(driver, baseUrl());
        tabTo(driver, "register-username"); // it has focus already when the window has (autofocus)
        // Tab from field to field (a password field's "show" button is a Tab stop of its own).
        keys(driver, username);
        tabTo(driver, "register-display-name");
        keys(driver, "Alice Keys");
        tabTo(driver, "register-password");
        keys(driver, PASSWORD);
        tabTo(driver, "register-confirm");
        keys(driver, PASSWORD);
        tabTo(driver, "register-submit");
        keys(driver, Keys.ENTER);
        register.waitFor(d -> d.getCurrentUrl().contains("/login"));

        // Log in: type, Tab, type, Enter.
        var login = new LoginPage(driver);
        var user = accounts.findByUsername(username).orElseThrow();
        var withBob = openChat(bob, user);
        send(bob, withBob, "Hi Alice, are you there?");
        tabUntil(driver, "document.activeElement && document.activeElement.name === 'username'");
        keys(driver, username, Keys.TAB, PASSWORD, Keys.ENTER);
        var list = new ChatListPage(driver);

        // The first Tab stop is "Skip to conversation".
        keys(driver, Keys.TAB);
        list.waitFor(d -> "skip-link".equals(focused(d)));

        // Open the chat from the list: Tab into the list, Enter opens the focused row.
        tabTo(driver, "chat-item-" + withBob.value());
        keys(driver, Keys.ENTER);
        var room = new ChatRoomPage(driver, withBob);
        room.waitForBubble("Hi Alice, are you there?");

        // Send: focus is in the message box after opening; Enter sends.
        room.waitFor(d -> "message-input".equals(focused(d)));
        keys(driver, "Yes, here!", Keys.ENTER);
        room.waitForBubble("Yes, here!");

        // New chat: the + button, type a name, Tab to the person, Enter opens the chat.
        tabTo(driver, "new-chat-button");
        keys(driver, Keys.ENTER);
        var dialog = new NewChatDialog(driver);
        dialog.waitFor(d -> "new-chat-search".equals(focused(d)));
        keys(driver, carol.username());
        dialog.waitFor(d -> !d.findElements(By.id("new-chat-user-" + carol.username())).isEmpty());
        tabTo(driver, "new-chat-user-" + carol.username());
        keys(driver, Keys.ENTER);
        var withCarol = new ChatRoomPage(driver);
        assertThat(withCarol.headerText()).contains("Carol Keys");

        // Esc closes the dialog and gives focus back to the button that opened it.
        tabTo(driver, "new-chat-button");
        keys(driver, Keys.ENTER);
        new NewChatDialog(driver);
        keys(driver, Keys.ESCAPE);
        withCarol.waitFor(d -> d.findElements(By.id("new-chat-dialog")).isEmpty()
                || !d.findElement(By.id("new-chat-dialog")).isDisplayed());
        withCarol.waitFor(d -> "new-chat-button".equals(focused(d)));

        // Log out.
        tabTo(driver, "logout-button");
        keys(driver, Keys.ENTER);
        withCarol.waitFor(LoginPage::isShown);
    }

    @Test
    void arrowKeysMoveThroughTheChatList() {
        var alice = createUser("karr", "Alice Arrows");
        var bob = createUser("karb", "Bob Arrows");
        var carol = createUser("karc", "Carol Arrows");
        var withBob = openChat(alice, bob);
        send(bob, withBob, "first");
        var withCarol = openChat(alice, carol);
        send(carol, withCarol, "second, newer");
        var driver = browser();
        var list = loggedIn(alice, driver);
        list.waitFor(d -> list.rowIds().size() == 2);

        tabTo(driver, "chat-item-" + withCarol.value());
        keys(driver, Keys.ARROW_DOWN);
        list.waitFor(d -> ("chat-item-" + withBob.value()).equals(focused(d)));
        keys(driver, Keys.ARROW_UP);
        list.waitFor(d -> ("chat-item-" + withCarol.value()).equals(focused(d)));
        keys(driver, Keys.END);
        list.waitFor(d -> ("chat-item-" + withBob.value()).equals(focused(d)));
        keys(driver, Keys.ENTER);
        new ChatRoomPage(driver, withBob).waitForBubble("first");
    }

    /** Sends keys to the element that has focus (like a keyboard), never to an element the test picks. */
    static void keys(WebDriver driver, CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the element with this id (or an element inside it) has focus; fails after 60 presses. */
    static void tabTo(WebDriver driver, String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(focused(driver))) {
                return;
            }
            keys(driver, Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on #" + focused(driver));
    }

    /** Presses Tab until the script's condition about the focused element holds; fails after 60 presses. */
    static void tabUntil(WebDriver driver, String condition) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return !!(" + condition + ");"))) {
                return;
            }
            keys(driver, Keys.TAB);
        }
        throw new AssertionError("Tab never reached an element where " + condition + "; focus is on #" + focused(driver));
    }

    /** The id of the focused element, or of its nearest ancestor with an id (a Vaadin field's inner input). */
    static String focused(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                // Up through parents and shadow hosts to the first id of the app's own (not a Vaadin inner id).
                while (el) {
                  if (el.id && !/vaadin-|^label-|^error-message|^overlay/.test(el.id)) return el.id;
                  el = el.parentElement || (el.getRootNode && el.getRootNode().host) || null;
                }
                return '';""");
    }
}
