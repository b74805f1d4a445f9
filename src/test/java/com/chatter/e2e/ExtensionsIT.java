package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The example extensions in Chromium: the help bot, the "/" commands, rendered text and a room action. */
class ExtensionsIT extends E2eTestBase {

    @Test
    void chatWithTheHelpBot() {
        var amy = createUser("amy", "Amy Bot-Tester");
        var list = loggedIn(amy, sharedBrowser(0));

        var dialog = list.newChat().search("helpbot");
        var row = dialog.byId("new-chat-user-helpbot");
        assertThat(row.findElements(By.cssSelector("vaadin-avatar[data-bot='true']"))).hasSize(1);
        assertThat(row.findElement(By.className("bot-badge")).getText()).isEqualToIgnoringCase("bot");
        var room = dialog.pick("helpbot");
        var extensions = new RoomExtensionsPage(room.driver);
        assertThat(extensions.headerShowsABot()).isTrue();

        room.sendWithEnter("/help");
        var answer = room.waitFor(d -> room.bubbles().stream().filter(b -> !b.mine() && b.text().startsWith("Commands"))
                .findFirst().orElse(null));
        screenshot(room.driver, "extensions-help-bot");
        assertThat(answer.text()).contains("/remind 10m text").contains("/roll").contains("/shrug");
        var chatRow = list.waitFor(d -> d.findElement(By.id("chat-item-" + room.id.value())));
        assertThat(chatRow.findElements(By.className("bot-badge"))).hasSize(1);
    }

    @Test
    void runEachExampleCommandFromTheSlashMenu() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var conversation = openChat(amy, ben);
        var benRoom = ChatRoomPage.open(loggedIn(ben, sharedBrowser(1)).driver, baseUrl(), conversation);
        var room = ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), conversation);
        var extensions = new RoomExtensionsPage(room.driver);

        room.type("/");
        assertThat(extensions.commandItems()).containsExactly("command-remind", "command-roll", "command-shrug");
        screenshot(room.driver, "extensions-command-menu");
        room.type("r");
        room.waitFor(d -> extensions.commandItems().size() == 2);

        // /roll: only I see the result.
        room.input().sendKeys(Keys.BACK_SPACE);
        room.waitFor(d -> extensions.commandItems().size() == 3);
        extensions.clickCommand("roll");
        var rolled = extensions.waitForEphemeral(t -> t.startsWith("🎲 You rolled"));
        assertThat(rolled).matches("🎲 You rolled [1-6] \\(1–6\\) \\| Only you can see this");
        assertThat(room.bubbles()).hasSize(1).allSatisfy(b -> assertThat(b.id()).isEmpty());

        // /remind: the menu puts the command in the box, the rest is typed; the reminder arrives for both.
        room.type("/rem");
        extensions.clickCommand("remind");
        room.waitFor(d -> room.inputValue().equals("/remind "));
        room.sendWithEnter("2s stand up");
        extensions.waitForEphemeral(t -> t.startsWith("⏰ I'll post your reminder here in 2 seconds: stand up"));

        // /shrug: Enter runs the command on top of the menu and posts for both.
        room.type("/sh");
        room.waitFor(d -> extensions.commandItems().equals(java.util.List.of("command-shrug")));
        room.sendWithEnter("");
        room.waitForBubble("¯\\_(ツ)_/¯");
        benRoom.waitForBubble("¯\\_(ツ)_/¯");
        screenshot(room.driver, "extensions-commands");

        room.waiting(Duration.ofSeconds(20)).until(d -> room.texts().contains("⏰ Reminder: stand up"));
        benRoom.waiting(Duration.ofSeconds(20)).until(d -> benRoom.texts().contains("⏰ Reminder: stand up"));
        assertThat(benRoom.texts()).doesNotContain(rolled.substring(0, rolled.indexOf(" |")))
                .noneMatch(t -> t.startsWith("🎲") || t.startsWith("⏰ I'll"));
        assertThat(new RoomExtensionsPage(benRoom.driver).ephemeralTexts()).isEmpty();
    }

    @Test
    void messagesShowFormattedTextLinksAndMentions() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var carol = createUser("carol", "Carol");
        var conversation = openChat(amy, ben);
        var message = send(ben, conversation,
                "*important* _really_ read https://example.com/guide?x=1 and ask @" + carol.username());
        var room = ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), conversation);
        var extensions = new RoomExtensionsPage(room.driver);
        var bubble = "message-" + message.id().value();

        assertThat(extensions.inBubble(bubble, "strong").getText()).isEqualTo("important");
        assertThat(extensions.inBubble(bubble, "em").getText()).isEqualTo("really");
        var link = extensions.inBubble(bubble, "a.message-link");
        assertThat(link.getText()).isEqualTo("https://example.com/guide?x=1");
        assertThat(link.getAttribute("href")).isEqualTo("https://example.com/guide?x=1");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(room.renderedText(bubble))
                .isEqualTo("important really read https://example.com/guide?x=1 and ask @" + carol.username());
        screenshot(room.driver, "extensions-formatting");
        var mention = extensions.inBubble(bubble, "a.mention");
        assertThat(mention.getText()).isEqualTo("@" + carol.username());

        // The mention opens the chat with that person.
        mention.click();
        room.waitFor(d -> !d.getCurrentUrl().endsWith("/chat/" + conversation.value()));
        var withCarol = new ChatRoomPage(room.driver);
        assertThat(withCarol.id).isNotEqualTo(conversation);
        withCarol.waitFor(d -> withCarol.byId("chat-name").getText().equals("Carol"));
    }

    @Test
    void aRoomActionFromTheHeaderMenu() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var conversation = openChat(amy, ben);
        var benRoom = ChatRoomPage.open(loggedIn(ben, sharedBrowser(1)).driver, baseUrl(), conversation);
        var room = ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), conversation);

        new RoomExtensionsPage(room.driver).clickHeaderMenuItem("room-action-roll-together");
        var posted = room.waitFor(d -> room.texts().stream().filter(t -> t.startsWith("🎲 Amy rolled")).findFirst()
                .orElse(null));
        assertThat(posted).matches("🎲 Amy rolled [1-6] for both of us");
        benRoom.waitForBubble(posted);
    }
}
