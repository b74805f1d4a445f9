package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.UserSummary;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ConversationId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;

/** The composer: Enter sends, Shift+Enter breaks the line, empty and too long texts are refused, text is text. */
class ComposerIT extends E2eTestBase {

    private UserSummary alice;
    private UserSummary bob;

    @BeforeAll
    void alice() {
        alice = createUser("alice", "Alice");
    }

    /** A fresh person for each test, so each test has its own conversation (there is one per pair). */
    @BeforeEach
    void bob() {
        bob = createUser("bob", "Bob");
    }

    private ChatRoomPage room(ConversationId conversation) {
        return ChatRoomPage.open(loggedIn(alice, sharedBrowser(0)).driver, baseUrl(), conversation);
    }

    private List<String> stored(ConversationId conversation) {
        return as(alice, () -> chat.latestMessages(conversation, 200)).stream().map(ChatMessage::content).toList();
    }

    @Test
    void enterSendsWhatWasJustTypedAndShiftEnterMakesANewLine() {
        var conversation = openChat(alice, bob);
        var room = room(conversation);

        // Typed fast and sent at once: the server must get the whole text, not what it had synced so far.
        room.sendWithEnter("First, typed quickly and sent with Enter");
        room.type("Second");
        // A fast typist goes on at once: the next message must not start with the previous one.
        room.type(" one", Keys.ENTER, "Third", Keys.ENTER);
        room.type("Line one", Keys.chord(Keys.SHIFT, Keys.ENTER), "Line two", Keys.ENTER);

        var lines = room.waitForBubble("Line one\nLine two");
        assertThat(room.texts()).containsExactly("First, typed quickly and sent with Enter", "Second one", "Third",
                "Line one\nLine two");
        assertThat(room.renderedText(lines.id())).as("the line break is shown").isEqualTo("Line one\nLine two");
        room.waitFor(d -> room.inputValue().isEmpty());
        assertThat(stored(conversation)).containsExactly("First, typed quickly and sent with Enter", "Second one",
                "Third", "Line one\nLine two");
    }

    @Test
    void emptyOrWhitespaceOnlyTextIsNotSent() {
        var conversation = openChat(alice, bob);
        var room = room(conversation);
        room.sendWithEnter("Only this one");
        room.waitForBubble("Only this one");

        room.type(Keys.ENTER);
        room.clickSend();
        room.type("   ", Keys.chord(Keys.SHIFT, Keys.ENTER), "  ", Keys.ENTER);
        room.clickSend();
        room.waitForVaadin();

        assertThat(room.texts()).containsExactly("Only this one");
        assertThat(stored(conversation)).containsExactly("Only this one");
    }

    @Test
    void tooLongTextShowsAClearErrorAndStaysInTheComposer() {
        var conversation = openChat(alice, bob);
        var room = room(conversation);

        var longest = "a".repeat(4095);
        room.paste(longest).type("b", Keys.ENTER);
        room.waitForBubble(longest + "b");
        room.waitFor(d -> room.inputValue().isEmpty());

        var tooLong = "c".repeat(4096);
        room.paste(tooLong).type("d", Keys.ENTER);
        room.waitFor(d -> !room.inputError().isEmpty());
        assertThat(room.inputError()).contains("too long").contains("4,097").contains("4,096");
        assertThat(room.visibleInputError()).as("the error is shown under the field").contains("too long");
        assertThat(room.inputValue()).isEqualTo(tooLong + "d");
        room.clickSend();
        room.waitForVaadin();
        assertThat(room.inputValue()).isEqualTo(tooLong + "d");
        assertThat(room.texts()).containsExactly(longest + "b");
        assertThat(stored(conversation)).containsExactly(longest + "b");

        // Shortening the text makes it sendable again, and the error goes away.
        room.type(Keys.BACK_SPACE);
        room.waitFor(d -> room.inputError().isEmpty() && room.visibleInputError().isEmpty());
        room.type(Keys.ENTER);
        room.waitForBubble(tooLong);
    }

    @Test
    void markupInMessagesIsShownAsTextAndNeverRun() {
        var conversation = openChat(alice, bob);
        var room = room(conversation);
        var img = "<img src=x onerror=alert(1)>";
        var script = "<script>window.__hacked = true</script><b>bold?</b>";

        room.sendWithEnter(img);
        var mine = room.waitForBubble(img);
        send(bob, conversation, script);
        var theirs = room.waitForBubble(script);

        assertThat(room.renderedText(mine.id())).isEqualTo(img);
        assertThat(room.renderedText(theirs.id())).isEqualTo(script);
        assertThat(room.driver.findElements(By.cssSelector("#message-list img, #message-list script, #message-list b")))
                .isEmpty();
        assertThat(room.js("return window.__hacked === undefined;")).isEqualTo(true);
        room.driver.navigate().refresh();
        var reloaded = new ChatRoomPage(room.driver, conversation);
        assertThat(reloaded.texts()).containsExactly(img, script);
        assertThat(room.driver.findElements(By.cssSelector("#message-list img"))).isEmpty();
        org.junit.jupiter.api.Assertions.assertThrows(NoAlertPresentException.class,
                () -> room.driver.switchTo().alert());
    }

    @Test
    void reloadShowsTheHistoryInOrderUnderToday() {
        var conversation = openChat(alice, bob);
        send(bob, conversation, "one");
        send(alice, conversation, "two");
        send(bob, conversation, "three");
        var room = room(conversation);
        room.sendWithEnter("four");
        room.waitForBubble("four");

        room.driver.navigate().refresh();
        var reloaded = new ChatRoomPage(room.driver, conversation);
        assertThat(reloaded.texts()).containsExactly("one", "two", "three", "four");
        assertThat(reloaded.bubbles()).extracting(ChatRoomPage.Bubble::mine).containsExactly(false, true, false, true);
        assertThat(reloaded.daySeparators()).containsExactly("Today");
    }
}
