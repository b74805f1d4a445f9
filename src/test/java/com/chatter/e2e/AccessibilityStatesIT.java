package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.block.BlockService;
import com.chatter.chat.ChatListService;
import com.chatter.chat.MessageActions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on the states {@link AccessibilityIT} does not reach: the archived chats, the jump-to-bottom button with
 * its count, the "/" command menu, who reacted, a blocked contact, a refused message. Both themes, both widths; all
 * findings are reported together.
 */
class AccessibilityStatesIT extends E2eTestBase {

    @Autowired
    ChatListService lists;

    @Autowired
    BlockService blocks;

    @Autowired
    MessageActions actions;

    private final Map<String, String> findings = new LinkedHashMap<>();

    @ParameterizedTest(name = "{0} px wide, {1} theme")
    @CsvSource({"1280, light", "390, light", "1280, dark", "390, dark"})
    void everyFurtherStateIsClean(int width, String theme) {
        var alice = createUser("axsa", "Alice States");
        var bob = createUser("axsb", "Bob States");
        var carol = createUser("axsc", "Carol States");
        var dave = createUser("axsd", "Dave States");
        var erin = createUser("axse", "Erin States");
        var withBob = openChat(alice, bob);
        for (int i = 1; i <= 30; i++) {
            send(i % 2 == 0 ? alice : bob, withBob, "Message number " + i + " about the weekend plans");
        }
        send(bob, withBob, "The route: https://example.com/trail and *early* start, bring `water`");
        send(alice, withBob, "Map: https://example.com/map _if_ it rains, `plan B`");
        var last = send(alice, withBob, "Shall we go hiking?");
        as(bob, () -> actions.react(last.id(), "👍"));
        var withCarol = openChat(carol, alice);
        send(carol, withCarol, "An old conversation");
        as(alice, () -> lists.setArchived(withCarol, true));
        var withDave = openChat(alice, dave);
        as(dave, () -> {
            blocks.block(alice.id());
            return null;
        });
        var withErin = openChat(alice, erin);
        as(alice, () -> {
            blocks.block(erin.id());
            return null;
        });

        var driver = (ChromeDriver) browser(width, 844);
        Browsers.viewport(driver, width, 844, width < 600);
        Axe.prefersColorScheme(driver, theme);

        var list = loggedIn(alice, driver);
        var archived = list.byId("archived-button");
        list.waitFor(d -> archived.isDisplayed() && archived.getText().contains("Archived (1)"));
        list.waitForVaadin();
        check(driver, "chat list with the archived entry");
        archived.click();
        list.waitFor(d -> list.hasRow(withCarol));
        list.waitForVaadin();
        check(driver, "archived chats");
        archived.click();
        list.waitFor(d -> !list.hasRow(withCarol));

        var room = ChatRoomPage.open(driver, baseUrl(), withBob);
        room.waitForBubble("Shall we go hiking?");
        // Scrolled up, away from the newest messages (the list may grow upwards: column-reverse).
        room.js("const l = document.getElementById('message-list');"
                + " l.scrollTop = getComputedStyle(l).flexDirection === 'column-reverse' ? -l.scrollHeight : 0;"
                + " l.dispatchEvent(new Event('scroll'));");
        room.waitFor(d -> d.findElement(By.id("jump-to-bottom")).isDisplayed());
        send(bob, withBob, "Are you still there?");
        room.waitFor(d -> d.findElement(By.id("jump-to-bottom-count")).isDisplayed()
                && d.findElement(By.id("jump-to-bottom-count")).getText().equals("1"));
        room.waitForVaadin();
        check(driver, "jump to the newest with a count");
        room.byId("jump-to-bottom").click();
        room.waitFor(d -> !d.findElement(By.id("jump-to-bottom")).isDisplayed());

        var chip = room.waitFor(d -> d.findElement(By.cssSelector("#message-" + last.id().value() + " .reaction-chip")));
        room.js("arguments[0].scrollIntoView({block: 'center'});", chip);
        chip.click();
        room.waitFor(d -> d.findElement(By.id("reaction-who")).isDisplayed());
        room.waitForVaadin();
        check(driver, "who reacted");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        room.waitFor(d -> !d.findElement(By.id("reaction-picker")).isDisplayed());

        room.type("/");
        var extensions = new RoomExtensionsPage(driver);
        room.waitFor(d -> !extensions.commandItems().isEmpty());
        room.waitForVaadin();
        check(driver, "command menu");
        room.type("roll", Keys.ENTER);
        extensions.waitForEphemeral(t -> t.startsWith("🎲 You rolled"));
        room.waitForVaadin();
        check(driver, "an answer only I see");

        // The blocker's room has the notice instead of the message box (so no ChatRoomPage, which waits for the box).
        driver.get(baseUrl() + "chat/" + withErin.value());
        var blocked = room;
        blocked.waitFor(d -> d.findElement(By.id("blocked-notice")).isDisplayed());
        blocked.waitForVaadin();
        check(driver, "a blocked contact");

        var refused = ChatRoomPage.open(driver, baseUrl(), withDave);
        // With the button, as BlockingIT does (the reason after a refused Enter is a known regression).
        refused.type("Hello?").clickSend();
        refused.waitFor(d -> refused.inputError().equals(BlockService.CANT_MESSAGE));
        refused.waitForVaadin();
        check(driver, "a refused message");

        assertThat(findings).withFailMessage(() -> "axe violations at " + width + " px, " + theme + " theme:\n"
                + String.join("\n", findings.entrySet().stream().map(e -> "== " + e.getKey() + "\n" + e.getValue())
                        .toList()))
                .isEmpty();
    }

    private void check(WebDriver driver, String state) {
        var violations = Axe.violations(driver);
        if (!violations.isEmpty()) {
            findings.put(state, violations);
        }
    }
}
