package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on every page and state, at desktop and phone width: zero violations of the WCAG 2.1 A and AA rules.
 * Each state is checked and all findings are reported together, so one run shows everything to fix.
 */
class AccessibilityIT extends E2eTestBase {

    private final Map<String, String> findings = new LinkedHashMap<>();

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void everyPageAndStateIsClean(int width) {
        var alice = createUser("axa", "Alice Axe");
        var bob = createUser("axb", "Bob Axe");
        var carol = createUser("axc", "Carol Axe");
        var withBob = openChat(alice, bob);
        var withCarol = openChat(carol, alice);
        send(bob, withBob, "Hello Alice, lunch today?");
        send(alice, withBob, "Sure, 12:30 at the usual place.");
        as(bob, () -> {
            chat.markRead(withBob, Long.MAX_VALUE);
            return null;
        });
        send(alice, withBob, "See you there!");
        send(carol, withCarol, "Are you coming tonight?");
        send(carol, withCarol, "Bring snacks 🍕");

        var driver = (ChromeDriver) browser(width, 844);
        Browsers.viewport(driver, width, 844, width < 600);

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

        var room = list.openChat(withBob);
        room.waitForBubble("See you there!");
        check(driver, "chat room");
        room.sendWithEnter("One more thing");
        room.waitForBubble("One more thing");
        check(driver, "chat room after sending");

        driver.get(baseUrl() + "chat/999999");
        room.waitFor(d -> d.findElement(By.id("not-found")).isDisplayed());
        room.waitForVaadin();
        check(driver, "not found");

        assertThat(findings).withFailMessage(() -> "axe violations at " + width + " px:\n" + String.join("\n",
                findings.entrySet().stream().map(e -> "== " + e.getKey() + "\n" + e.getValue()).toList()))
                .isEmpty();
    }

    private void check(WebDriver driver, String state) {
        var violations = Axe.violations(driver);
        if (!violations.isEmpty()) {
            findings.put(state, violations);
        }
    }
}
