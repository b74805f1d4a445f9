package com.chatter.e2e;

import static com.chatter.e2e.KeyboardIT.focused;
import static com.chatter.e2e.KeyboardIT.keys;
import static com.chatter.e2e.KeyboardIT.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.chat.MessageId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Keyboard only, like {@link KeyboardIT}: the message actions (react, forward, delete), the chat row menu and the
 * "/" command menu, without a single mouse action. Esc closes each dialog and menu, and the focus goes back to
 * where it was. Pages are opened by their address (typing it), everything else by keys.
 */
class KeyboardActionsIT extends E2eTestBase {

    @Test
    void reactForwardAndDeleteWithTheKeyboardOnly() {
        var amy = createUser("kaamy", "Amy Actions");
        var ben = createUser("kaben", "Ben Actions");
        var cleo = createUser("kacleo", "Cleo Actions");
        var withBen = openChat(amy, ben);
        var withCleo = openChat(amy, cleo);
        send(cleo, withCleo, "Hi from Cleo");
        var first = send(ben, withBen, "Forward this to Cleo please");
        var second = send(ben, withBen, "And delete this one");
        var driver = browser();
        var room = ChatRoomPage.open(loggedIn(amy, driver).driver, baseUrl(), withBen);
        var page = new MessageActionsPage(room);
        room.waitFor(d -> "message-input".equals(focused(d)));

        // React: Shift+Tab back from the box to the newest bubble's menu button, Enter, arrow to React, Enter.
        backTabTo(driver, menuButton(second.id()));
        keys(driver, Keys.ENTER);
        page.waitFor(d -> page.menuOpen() && "message-action-reply".equals(focused(d)));
        arrowTo(driver, Keys.ARROW_DOWN, "message-action-react");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> "reaction-option-0".equals(focused(d)));
        keys(driver, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        page.waitFor(d -> "reaction-option-2".equals(focused(d)));
        // Esc closes the picker: focus back on the bubble's menu button, nothing picked.
        keys(driver, Keys.ESCAPE);
        page.waitFor(d -> !d.findElement(By.id("reaction-picker")).isDisplayed()
                && menuButton(second.id()).equals(focused(d)));
        assertThat(page.chips(second.id())).isEmpty();
        openMenuWithEnter(page, second.id());
        arrowTo(driver, Keys.ARROW_DOWN, "message-action-react");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> "reaction-option-0".equals(focused(d)));
        keys(driver, Keys.ARROW_RIGHT, Keys.ENTER);
        page.waitFor(d -> page.chips(second.id()).size() == 1);
        page.waitFor(d -> menuButton(second.id()).equals(focused(d)));

        // Forward: Esc first (focus back on the menu button), then pick Cleo's chat with Space and send.
        backTabTo(driver, menuButton(first.id()));
        openMenuWithEnter(page, first.id());
        arrowTo(driver, Keys.ARROW_DOWN, "message-action-forward");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> d.findElement(By.id("forward-dialog")).isDisplayed());
        keys(driver, Keys.ESCAPE);
        page.waitFor(d -> !present(d, "forward-dialog") && menuButton(first.id()).equals(focused(d)));
        openMenuWithEnter(page, first.id());
        arrowTo(driver, Keys.ARROW_DOWN, "message-action-forward");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> d.findElement(By.id("forward-dialog")).isDisplayed());
        tabTo(driver, "forward-target-" + withCleo.value());
        keys(driver, Keys.SPACE);
        tabTo(driver, "forward-send");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> !present(d, "forward-dialog") && menuButton(first.id()).equals(focused(d)));
        page.waitFor(d -> as(amy, () -> chat.latestMessages(withCleo, 10)).stream()
                .anyMatch(m -> m.content().equals("Forward this to Cleo please")));

        // Delete: Esc closes the dialog (focus back), then "Delete for me" removes the bubble; focus in the box.
        tabTo(driver, menuButton(second.id()));
        openMenuWithEnter(page, second.id());
        arrowTo(driver, Keys.ARROW_UP, "message-action-delete");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> d.findElement(By.id("delete-dialog")).isDisplayed() && "delete-for-me".equals(focused(d)));
        keys(driver, Keys.ESCAPE);
        page.waitFor(d -> !present(d, "delete-dialog") && menuButton(second.id()).equals(focused(d)));
        openMenuWithEnter(page, second.id());
        arrowTo(driver, Keys.ARROW_UP, "message-action-delete");
        keys(driver, Keys.ENTER);
        page.waitFor(d -> "delete-for-me".equals(focused(d)));
        keys(driver, Keys.ENTER);
        page.waitFor(d -> !page.shown(second.id()) && "message-input".equals(focused(d)));
    }

    @Test
    void pinAndArchiveFromTheChatRowMenuWithTheKeyboardOnly() {
        var amy = createUser("karamy", "Amy Rows");
        var ben = createUser("karben", "Ben Rows");
        var withBen = openChat(amy, ben);
        send(ben, withBen, "Pin me");
        var driver = browser();
        var list = loggedIn(amy, driver);
        var page = new AttentionPage(driver);
        var menuButton = "chat-menu-" + withBen.value();

        // Esc closes the menu: focus back on the row's button.
        tabTo(driver, menuButton);
        keys(driver, Keys.ENTER);
        list.waitFor(d -> page.menuOpen() && "chat-action-pin".equals(focused(d)));
        keys(driver, Keys.ESCAPE);
        list.waitFor(d -> !page.menuOpen() && menuButton.equals(focused(d)));

        // Pin: Enter on the first action; the focus comes back to the row's button.
        keys(driver, Keys.ENTER);
        list.waitFor(d -> "chat-action-pin".equals(focused(d)));
        keys(driver, Keys.ENTER);
        list.waitFor(d -> "true".equals(list.row(withBen).getAttribute("data-pinned")) && menuButton.equals(focused(d)));

        // Archive: arrow down to it; the row leaves the list and the focus goes to "Archived (1)".
        keys(driver, Keys.ENTER);
        list.waitFor(d -> "chat-action-pin".equals(focused(d)));
        arrowTo(driver, Keys.ARROW_DOWN, "chat-action-archive");
        keys(driver, Keys.ENTER);
        list.waitFor(d -> !list.hasRow(withBen) && "archived-button".equals(focused(d)));
        keys(driver, Keys.ENTER);
        list.waitFor(d -> list.hasRow(withBen)
                && "true".equals(list.row(withBen).getAttribute("data-archived")));
    }

    @Test
    void theCommandMenuWithArrowKeysEnterAndEsc() {
        var amy = createUser("kcamy", "Amy Commands");
        var ben = createUser("kcben", "Ben Commands");
        var withBen = openChat(amy, ben);
        var driver = browser();
        var room = ChatRoomPage.open(loggedIn(amy, driver).driver, baseUrl(), withBen);
        var extensions = new RoomExtensionsPage(driver);
        room.waitFor(d -> "message-input".equals(focused(d)));

        // "/" opens the menu with the first command selected; the arrow keys move the selection, and wrap.
        keys(driver, "/");
        assertThat(extensions.commandItems()).containsExactly("command-remind", "command-roll", "command-shrug");
        room.waitFor(d -> selectedCommand(room).equals("command-remind"));
        keys(driver, Keys.ARROW_DOWN);
        room.waitFor(d -> selectedCommand(room).equals("command-roll") && activeDescendant(room).equals("command-roll"));
        keys(driver, Keys.ARROW_UP, Keys.ARROW_UP);
        room.waitFor(d -> selectedCommand(room).equals("command-shrug"));

        // Esc closes the menu; the text and the focus stay in the box.
        keys(driver, Keys.ESCAPE);
        room.waitFor(d -> !extensions.commandMenuShown() && "message-input".equals(focused(d)));
        assertThat(room.inputValue()).isEqualTo("/");
        assertThat(room.texts()).isEmpty();

        // Typing opens it again; Down to /roll and Enter runs /roll (not /remind, the top one).
        keys(driver, "r");
        room.waitFor(d -> extensions.commandItems().equals(java.util.List.of("command-remind", "command-roll")));
        room.waitFor(d -> selectedCommand(room).equals("command-remind"));
        keys(driver, Keys.ARROW_DOWN);
        room.waitFor(d -> selectedCommand(room).equals("command-roll"));
        keys(driver, Keys.ENTER);
        extensions.waitForEphemeral(t -> t.startsWith("🎲 You rolled"));
        room.waitFor(d -> "message-input".equals(focused(d)));
    }

    private static String menuButton(MessageId id) {
        return "message-menu-" + id.value();
    }

    private static void openMenuWithEnter(MessageActionsPage page, MessageId id) {
        page.waitFor(d -> menuButton(id).equals(focused(d)));
        keys(page.driver, Keys.ENTER);
        page.waitFor(d -> page.menuOpen() && "message-action-reply".equals(focused(d)));
    }

    private static boolean present(WebDriver driver, String id) {
        var found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    /** Presses the arrow key until the element with this id has focus; fails after 10 presses. */
    private static void arrowTo(WebDriver driver, Keys arrow, String id) {
        for (int i = 0; i < 10 && !id.equals(focused(driver)); i++) {
            keys(driver, arrow);
        }
        assertThat(focused(driver)).as("focus after arrow keys").isEqualTo(id);
    }

    /** Presses Shift+Tab until the element with this id has focus; fails after 60 presses. */
    private static void backTabTo(WebDriver driver, String id) {
        for (int i = 0; i < 60 && !id.equals(focused(driver)); i++) {
            keys(driver, Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        assertThat(focused(driver)).as("focus after Shift+Tab").isEqualTo(id);
    }

    private static String selectedCommand(ChatRoomPage room) {
        return (String) room.js("const s = document.querySelector('#command-menu .command-item:not([hidden])"
                + "[aria-selected=\"true\"]'); return s ? s.id : '';");
    }

    private static String activeDescendant(ChatRoomPage room) {
        return (String) room.js("const a = document.querySelector('#message-input textarea');"
                + " return (a && a.getAttribute('aria-activedescendant')) || '';");
    }
}
