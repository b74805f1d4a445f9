package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on every page and state, at desktop and phone width: zero violations of the WCAG 2.1 A and AA rules.
 * Each state is checked and all findings are reported together, so one run shows everything to fix.
 */
class AccessibilityIT extends E2eTestBase {

    private final Map<String, String> findings = new LinkedHashMap<>();

    @ParameterizedTest(name = "{0} px wide, {1} theme")
    @CsvSource({"1280, light", "390, light", "1280, dark", "390, dark"})
    void everyPageAndStateIsClean(int width, String theme) {
        var alice = createUser("axa", "Alice Axe");
        var bob = createUser("axb", "Bob Axe");
        var carol = createUser("axc", "Carol Axe");
        var withBob = openChat(alice, bob);
        var withCarol = openChat(carol, alice);
        var hello = send(bob, withBob, "Hello Alice, lunch today?");
        var sure = send(alice, withBob, "Sure, 12:30 at the usual place.");
        as(bob, () -> {
            chat.markRead(withBob, Long.MAX_VALUE);
            return null;
        });
        send(alice, withBob, "See you there!");
        send(carol, withCarol, "Are you coming tonight?");
        send(carol, withCarol, "Bring snacks 🍕");

        var driver = (ChromeDriver) browser(width, 844);
        Browsers.viewport(driver, width, 844, width < 600);
        // The dark theme as the system asks for it (prefers-color-scheme), which the app follows.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", theme))));

        var login = LoginPage.open(driver, baseUrl());
        login.waitForVaadin();
        check(driver, "login");
        login.fill(alice.username(), "wrong password").submit();
        login.waitFor(d -> d.getCurrentUrl().contains("error")
                && !d.findElements(By.cssSelector("#login-form[error]")).isEmpty());
        login.waitForVaadin();
        check(driver, "login with an error");

        var register = RegisterPage.open(driver, baseUrl());
        check(driver, "register");
        register.byId("register-submit").click();
        register.waitForVaadin();
        check(driver, "register with errors");

        var list = LoginPage.open(driver, baseUrl()).logIn(alice.username(), PASSWORD);
        list.waitFor(d -> list.unread(withCarol) == 2);
        check(driver, "chat list with an unread badge");
        as(carol, () -> {
            chat.typing(withCarol);
            return null;
        });
        list.waitFor(d -> list.preview(withCarol).contains("typing"));
        check(driver, "chat list with typing");

        var dialog = list.newChat();
        dialog.waitForVaadin();
        check(driver, "new chat dialog");
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        list.waitFor(d -> d.findElements(By.id("new-chat-dialog")).isEmpty()
                || !d.findElement(By.id("new-chat-dialog")).isDisplayed());

        list.byId("chat-menu-" + withCarol.value()).click();
        list.waitFor(d -> d.findElement(By.id("chat-action-pin")).isDisplayed());
        check(driver, "chat row menu");
        list.byId("chat-action-pin").click();
        list.waitFor(d -> "true".equals(d.findElement(By.id("chat-item-" + withCarol.value()))
                .getAttribute("data-pinned")));
        check(driver, "chat list with a pinned chat");

        var unreadRoom = list.openChat(withCarol);
        unreadRoom.waitFor(d -> d.findElement(By.id("unread-divider")).isDisplayed());
        check(driver, "chat room with the unread divider");
        if (width < 600) {
            unreadRoom.byId("back-button").click();
            list.waitFor(d -> d.findElement(By.id("chat-list")).isDisplayed());
        }

        var room = list.openChat(withBob);
        room.waitForBubble("See you there!");
        check(driver, "chat room");
        room.sendWithEnter("One more thing");
        room.waitForBubble("One more thing");
        check(driver, "chat room after sending");

        // Message actions: the menu, reactions, a reply, the delete and forward dialogs, search, starred.
        messageActions(driver, room, hello, sure);
        afterMessageActions(driver, room);
        assertThat(findings).withFailMessage(() -> "axe violations at " + width + " px, " + theme + " theme:\n"
                + String.join("\n", findings.entrySet().stream().map(e -> "== " + e.getKey() + "\n" + e.getValue())
                        .toList()))
                .isEmpty();
    }

    private void messageActions(ChromeDriver driver, ChatRoomPage room, com.chatter.chat.ChatMessage hello,
            com.chatter.chat.ChatMessage sure) {
        var actions = new MessageActionsPage(room);
        actions.openMenu(hello.id());
        check(driver, "message menu");
        actions.escape();
        actions.react(hello.id(), 0);
        actions.waitFor(d -> !actions.chips(hello.id()).isEmpty());
        check(driver, "reactions");
        actions.escape();
        actions.openMenu(hello.id()).action("reply");
        actions.waitFor(d -> d.findElement(By.id("reply-preview")).isDisplayed());
        check(driver, "reply preview");
        room.sendWithEnter("Yes, lunch!");
        room.waitForBubble("Yes, lunch!");
        check(driver, "a reply with its quote");
        actions.openMenu(sure.id()).action("delete");
        actions.waitFor(d -> d.findElement(By.id("delete-dialog")).isDisplayed());
        check(driver, "delete dialog");
        actions.byId("delete-for-everyone").click();
        actions.waitFor(d -> "true".equals(actions.attribute(sure.id(), "data-deleted")));
        check(driver, "a deleted message");
        actions.openMenu(hello.id()).action("forward");
        actions.waitFor(d -> d.findElement(By.id("forward-dialog")).isDisplayed());
        check(driver, "forward dialog");
        actions.byId("forward-cancel").click();
        actions.byId("chat-search-button").click();
        actions.waitFor(d -> d.findElement(By.id("message-search")).isDisplayed());
        Page.innerInput(actions.byId("message-search-input")).sendKeys("lunch");
        actions.waitFor(d -> !d.findElements(By.cssSelector("[id^=search-result-]")).isEmpty());
        check(driver, "search results");
        actions.byId("message-search-close").click();
        actions.openMenu(hello.id()).action("star");
        driver.get(baseUrl() + "starred");
        room.waitFor(d -> d.findElement(By.id("starred-list")).isDisplayed());
        room.waitForVaadin();
        check(driver, "starred messages");
    }

    private void afterMessageActions(ChromeDriver driver, ChatRoomPage room) {

        driver.get(baseUrl() + "settings");
        room.waitFor(d -> d.findElement(By.id("settings-change-password")).isDisplayed());
        room.waitForVaadin();
        check(driver, "settings");
        driver.get(baseUrl() + "settings/privacy");
        room.waitFor(d -> d.findElement(By.id("privacy-last-seen")).isDisplayed());
        room.waitForVaadin();
        check(driver, "privacy settings");

        driver.get(baseUrl() + "chat/999999");
        room.waitFor(d -> d.findElement(By.id("not-found")).isDisplayed());
        room.waitForVaadin();
        check(driver, "not found");

    }

    private void check(WebDriver driver, String state) {
        var violations = Axe.violations(driver);
        if (!violations.isEmpty()) {
            findings.put(state, violations);
        }
    }
}
