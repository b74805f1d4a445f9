package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebDriver;

/**
 * The whole app used in two browsers, through the UI only (so it runs against any server: the test application or
 * the production jar): register, log in, new chat, send, receive, typing, history paging, chat search, log out;
 * then no Content-Security-Policy violation may have been reported in either browser.
 */
final class CspScenario {

    static final String PASSWORD = "secret-pass-1";
    static final int HISTORY = 55;

    private CspScenario() {
    }

    static void run(WebDriver amyBrowser, WebDriver benBrowser, String baseUrl, String amy, String ben) {
        CspViolations.record(amyBrowser);
        CspViolations.record(benBrowser);

        var amyLogin = RegisterPage.open(amyBrowser, baseUrl).fill(amy, "Amy CSP", PASSWORD, PASSWORD).submit();
        var benLogin = RegisterPage.open(benBrowser, baseUrl).fill(ben, "Ben CSP", PASSWORD, PASSWORD).submit();
        var amyList = amyLogin.logIn(amy, PASSWORD);
        var benList = benLogin.logIn(ben, PASSWORD);

        var amyRoom = amyList.newChat().search(ben).pick(ben);
        amyRoom.sendWithEnter("Hello under a Content Security Policy");
        amyRoom.waitForBubble("Hello under a Content Security Policy");

        benList.waitFor(d -> benList.hasRow(amyRoom.id));
        var benRoom = benList.openChat(amyRoom.id);
        benRoom.waitForBubble("Hello under a Content Security Policy");
        benRoom.type("typing");
        amyRoom.waitFor(d -> amyRoom.status().contains("typing"));
        benRoom.type(org.openqa.selenium.Keys.ENTER);
        amyRoom.waitForBubble("typing");
        for (int i = 1; i <= HISTORY; i++) {
            benRoom.sendWithEnter("history " + i);
            var text = "history " + i;
            benRoom.waitForBubble(text);
        }
        amyRoom.waitForBubble("history " + HISTORY);

        // History paging: reopened, the newest page shows; the button brings the older ones.
        var reopened = ChatRoomPage.open(amyBrowser, baseUrl, amyRoom.id);
        reopened.waitFor(d -> reopened.bubbles().size() == 50);
        // Scrolling up brings older pages (and the "load older" button does, when it shows): until the first message.
        reopened.waiting(java.time.Duration.ofSeconds(30)).withMessage(() -> "older page not loaded: "
                + reopened.bubbles().size() + " bubbles, from " + reopened.texts().stream().limit(3).toList())
                .until(d -> {
                    if (reopened.texts().getFirst().equals("Hello under a Content Security Policy")) {
                        return true;
                    }
                    reopened.js("const l = document.getElementById('message-list'); l.scrollTop = -l.scrollHeight;");
                    var buttons = d.findElements(By.id("load-older-button"));
                    if (!buttons.isEmpty() && buttons.getFirst().isDisplayed()) {
                        try {
                            buttons.getFirst().click();
                        } catch (ElementNotInteractableException notYet) {
                            // put in place a moment later
                        }
                    }
                    return false;
                });
        reopened.waitForVaadin();
        assertThat(reopened.bubbles()).hasSize(HISTORY + 2);

        var home = new ChatListPage(amyBrowser);
        home.search("Ben");
        home.waitFor(d -> home.hasRow(amyRoom.id));

        home.logOut();
        new ChatListPage(benBrowser).logOut();

        var violations = new ArrayList<String>();
        for (var browser : List.of(amyBrowser, benBrowser)) {
            violations.addAll(CspViolations.recorded(browser));
            violations.addAll(CspViolations.console(browser));
        }
        assertThat(violations).as("CSP violations reported while using the app").isEmpty();

        // The recorder works: a deliberate violation is reported, by the listener and in the console.
        CspViolations.provoke(amyBrowser);
        home.waitFor(d -> CspViolations.recorded(d).stream().anyMatch(v -> v.startsWith("img-src")));
        assertThat(CspViolations.console(amyBrowser)).anyMatch(m -> m.contains("img-src"));
    }
}
