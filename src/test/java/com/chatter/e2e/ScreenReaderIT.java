package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a screen reader hears: each new incoming message once, with its sender, through the one polite live region;
 * not "typing…", not the message list (which is no live region), and ticks and badges as words.
 */
class ScreenReaderIT extends E2eTestBase {

    @Test
    void aNewMessageIsAnnouncedExactlyOnceWithItsSenderAndTypingIsNot() {
        var alice = createUser("sra", "Alice Reader");
        var bob = createUser("srb", "Bob Speaker");
        var id = openChat(alice, bob);
        send(alice, id, "Hi Bob");
        var driver = browser();
        var room = loggedIn(alice, driver).openChat(id);
        room.waitForBubble("Hi Bob");

        // Every change of the live region's text, as assistive technology would be told of it.
        var js = (JavascriptExecutor) driver;
        js.executeScript("""
                window.__announced = [];
                const region = document.getElementById('live-announcer');
                new MutationObserver(() => window.__announced.push(region.textContent.trim()))
                    .observe(region, {childList: true, characterData: true, subtree: true});""");

        as(bob, () -> {
            chat.typing(id);
            return null;
        });
        room.waitFor(d -> room.status().contains("typing"));
        send(bob, id, "Hello there");
        room.waitForBubble("Hello there");
        send(bob, id, "Second one");
        room.waitForBubble("Second one");
        room.waitFor(d -> announced(js).stream().anyMatch(text -> text.contains("Second one")));

        var announced = announced(js);
        assertThat(announced).filteredOn(text -> text.contains("Hello there")).hasSize(1)
                .first().asString().contains("Bob Speaker");
        assertThat(announced).filteredOn(text -> text.contains("Second one")).hasSize(1);
        assertThat(announced).noneMatch(text -> text.contains("typing"));
        assertThat(announced).noneMatch(text -> text.contains("Hi Bob")); // my own message is not read out

        // The list itself stays quiet (no live region), the announcer is polite.
        var list = driver.findElement(By.id("message-list"));
        assertThat(list.getAttribute("aria-live")).isNull();
        var region = driver.findElement(By.id("live-announcer"));
        assertThat(region.getAttribute("aria-live")).isEqualTo("polite");

        // Ticks read as words: the sent tick's alternative text.
        var tickText = (String) js.executeScript("""
                const bubble = [...document.querySelectorAll('.message.mine')].pop();
                return getComputedStyle(bubble.querySelector('.message-meta'), '::after').content;""");
        assertThat(tickText).containsAnyOf("\"Sent\"", "\"Delivered\"", "\"Read\"");
    }

    @SuppressWarnings("unchecked")
    private static List<String> announced(JavascriptExecutor js) {
        return (List<String>) js.executeScript("return window.__announced || [];");
    }
}
