package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageActions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** Message actions in Chromium: reply, edit, delete, react, forward and star, live in the other person's browser. */
class MessageActionsIT extends E2eTestBase {

    @Autowired
    MessageActions actions;

    @Test
    void aReplyQuotesTheOriginalAndItsQuoteLeadsBackToItThroughOlderPages() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var id = openChat(amy, ben);
        var original = send(ben, id, "Where do we meet?");
        for (int i = 1; i <= 120; i++) {
            send(i % 2 == 0 ? amy : ben, id, "filler " + i);
        }
        var room = ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), id);
        var page = new MessageActionsPage(room);
        var latest = as(amy, () -> chat.latestMessages(id, 1)).getFirst();

        // Reply to the newest message through its menu: a preview above the composer, a quote in the bubble.
        page.openMenu(latest.id()).action("reply");
        page.waitFor(d -> page.byId("reply-preview").isDisplayed());
        assertThat(page.byId("reply-preview").getText()).contains("filler 120");
        page.byId("reply-cancel").click();
        page.waitFor(d -> !page.byId("reply-preview").isDisplayed());

        // Now a reply to a message far up, from the search: the quote leads back to it, loading older pages.
        var reply = as(amy, () -> actions.reply(id, "reply-1", "At the station", original.id()));
        room.waitForBubble("At the station");
        var quote = page.bubble(reply.id()).findElement(By.id("message-quote"));
        assertThat(quote.getText()).contains("Where do we meet?").contains("Ben");
        assertThat(page.shown(original.id())).as("far above the newest page").isFalse();
        quote.click();
        page.waitFor(d -> page.shown(original.id()) && page.inView(original.id()));
        assertThat(page.highlighted(original.id())).isTrue();

        // Replying from the composer: Enter sends the reply, the preview goes away.
        var newest = as(amy, () -> chat.latestMessages(id, 1)).getFirst();
        page.rightClick(newest.id()).action("reply");
        page.waitFor(d -> page.byId("reply-preview").isDisplayed());
        room.sendWithEnter("Quoted from the keyboard");
        room.waitForBubble("Quoted from the keyboard");
        page.waitFor(d -> !page.byId("reply-preview").isDisplayed());
        var sent = as(amy, () -> chat.latestMessages(id, 1)).getFirst();
        assertThat(sent.quote()).isNotNull();
        assertThat(sent.quote().id()).isEqualTo(newest.id());
    }

    @Test
    void editsAndDeletionsShowLiveAndNeverReorder() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var id = openChat(amy, ben);
        var first = send(amy, id, "Meet at 5");
        var second = send(ben, id, "ok");
        var amyPage = new MessageActionsPage(ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), id));
        var benPage = new MessageActionsPage(ChatRoomPage.open(loggedIn(ben, sharedBrowser(1)).driver, baseUrl(), id));

        // Edit: the composer holds the text, Enter saves; the other side sees "edited" in place.
        amyPage.openMenu(first.id()).action("edit");
        amyPage.waitFor(d -> "Meet at 5".equals(amyPage.room.inputValue()));
        amyPage.pressInComposer(Keys.BACK_SPACE, "6", Keys.ENTER);
        benPage.waitFor(d -> "Meet at 6".equals(benPage.text(first.id())));
        assertThat(benPage.attribute(first.id(), "data-edited")).isEqualTo("true");
        assertThat(benPage.bubble(first.id()).getText()).contains("edited");
        assertThat(benPage.room.texts()).containsExactly("Meet at 6", "ok");
        amyPage.waitFor(d -> "true".equals(amyPage.attribute(first.id(), "data-edited")));

        // Esc cancels an edit; ↑ in the empty composer edits my last message.
        amyPage.pressInComposer(Keys.ARROW_UP);
        amyPage.waitFor(d -> "Meet at 6".equals(amyPage.room.inputValue()) && amyPage.byId("edit-bar").isDisplayed());
        amyPage.pressInComposer(Keys.ESCAPE);
        amyPage.waitFor(d -> amyPage.room.inputValue().isEmpty() && !amyPage.byId("edit-bar").isDisplayed());
        assertThat(amyPage.text(first.id())).isEqualTo("Meet at 6");

        // Edit is not offered for the other person's message.
        amyPage.openMenu(second.id());
        assertThat(amyPage.menuShows("edit")).isFalse();
        amyPage.escape();
        amyPage.waitFor(d -> !amyPage.menuOpen());

        // Delete for everyone: gone from both pages and from the database.
        amyPage.openMenu(first.id()).action("delete");
        amyPage.waitFor(d -> amyPage.byId("delete-for-everyone").isDisplayed());
        amyPage.byId("delete-for-everyone").click();
        benPage.waitFor(d -> "true".equals(benPage.attribute(first.id(), "data-deleted")));
        assertThat(benPage.text(first.id())).isEqualTo("This message was deleted");
        amyPage.waitFor(d -> "This message was deleted".equals(amyPage.text(first.id())));
        assertThat(as(ben, () -> chat.latestMessages(id, 10)).getFirst().content()).isEmpty();

        // Delete for me (the other person's message): only my page loses it.
        amyPage.openMenu(second.id()).action("delete");
        amyPage.waitFor(d -> amyPage.byId("delete-for-me").isDisplayed());
        assertThat(amyPage.present("delete-for-everyone") && amyPage.byId("delete-for-everyone").isDisplayed())
                .isFalse();
        amyPage.byId("delete-for-me").click();
        amyPage.waitFor(d -> !amyPage.shown(second.id()));
        assertThat(benPage.text(second.id())).isEqualTo("ok");
    }

    @Test
    void reactionsAreOnePerPersonAndShowLiveWithWhoReacted() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var id = openChat(amy, ben);
        var message = send(ben, id, "Passed my exam!");
        var amyPage = new MessageActionsPage(ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), id));
        var benPage = new MessageActionsPage(ChatRoomPage.open(loggedIn(ben, sharedBrowser(1)).driver, baseUrl(), id));

        amyPage.react(message.id(), 1);
        benPage.waitFor(d -> benPage.chips(message.id()).equals(List.of("❤️:1")));
        benPage.react(message.id(), 1);
        amyPage.waitFor(d -> amyPage.chips(message.id()).equals(List.of("❤️:2")));
        var chip = amyPage.bubble(message.id()).findElement(By.className("reaction-chip"));
        assertThat(chip.getAttribute("title")).contains("You").contains("Ben");

        // Another emoji replaces mine; the same one again takes it back.
        amyPage.react(message.id(), 0);
        benPage.waitFor(d -> benPage.chips(message.id()).equals(List.of("❤️:1", "👍:1")));
        amyPage.react(message.id(), 0);
        benPage.waitFor(d -> benPage.chips(message.id()).equals(List.of("❤️:1")));

        // A click on a chip shows who reacted, next to the picker.
        benPage.bubble(message.id()).findElement(By.className("reaction-chip")).click();
        benPage.waitFor(d -> benPage.byId("reaction-who").isDisplayed());
        assertThat(benPage.byId("reaction-who").getText()).contains("You ❤️");
        var options = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            options.add(benPage.byId("reaction-option-" + i).getAttribute("data-emoji"));
        }
        assertThat(options).containsExactly("👍", "❤️", "😂", "😮", "😢", "🙏");
        benPage.escape();
        benPage.waitFor(d -> !benPage.byId("reaction-picker").isDisplayed());
    }

    @Test
    void forwardedCopiesSayForwardedAndStarredMessagesOpenInTheirChat() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var cat = createUser("cat", "Cat");
        var id = openChat(amy, ben);
        var withCat = openChat(amy, cat);
        send(cat, withCat, "hi Amy");
        var message = send(ben, id, "Recipe: 200 g flour");
        var amyPage = new MessageActionsPage(ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), id));
        var catList = loggedIn(cat, sharedBrowser(1));
        var catPage = new MessageActionsPage(catList.openChat(withCat));

        amyPage.openMenu(message.id()).action("forward");
        amyPage.waitFor(d -> amyPage.byId("forward-dialog").isDisplayed() || amyPage.present("forward-send"));
        amyPage.byId("forward-target-" + withCat.value()).click();
        amyPage.byId("forward-send").click();
        catPage.room.waitForBubble("Recipe: 200 g flour");
        ChatMessage copy = as(cat, () -> chat.latestMessages(withCat, 1)).getFirst();
        assertThat(copy.forwarded()).isTrue();
        assertThat(catPage.bubble(copy.id()).getText()).contains("Forwarded");

        // Star, then open it from /starred: its chat opens at the message.
        amyPage.openMenu(message.id()).action("star");
        amyPage.waitFor(d -> "true".equals(amyPage.attribute(message.id(), "data-starred")));
        amyPage.byId("starred-button").click();
        amyPage.waitFor(d -> d.getCurrentUrl().endsWith("/starred"));
        var entry = amyPage.byId("starred-" + message.id().value());
        assertThat(amyPage.byId("starred-list").getText()).contains("Recipe: 200 g flour").contains("Ben");
        entry.click();
        var reopened = new MessageActionsPage(new ChatRoomPage(amyPage.driver)); // the URL ends in ?message=…
        assertThat(reopened.room.id).isEqualTo(id);
        reopened.waitFor(d -> reopened.shown(message.id()) && reopened.highlighted(message.id()));
    }

    @Test
    void theMenuWorksFromTheKeyboard() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var id = openChat(amy, ben);
        var message = send(ben, id, "Keyboard only");
        var page = new MessageActionsPage(ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), id));

        // The menu button is a real button: focus it, Enter opens the menu with the focus on its first item.
        page.js("document.getElementById(arguments[0]).focus();", "message-menu-" + message.id().value());
        new Actions(page.driver).sendKeys(Keys.ENTER).perform();
        page.waitFor(d -> page.menuOpen() && "message-action-reply".equals(page.js("return document.activeElement.id;")));
        // Arrow down to "React", Enter: the picker opens; Enter on the first option reacts.
        new Actions(page.driver).sendKeys(Keys.ARROW_DOWN).perform();
        page.waitFor(d -> "message-action-react".equals(page.js("return document.activeElement.id;")));
        new Actions(page.driver).sendKeys(Keys.ENTER).perform();
        page.waitFor(d -> "reaction-option-0".equals(page.js("return document.activeElement.id;")));
        new Actions(page.driver).sendKeys(Keys.ENTER).perform();
        page.waitFor(d -> page.chips(message.id()).equals(List.of("👍:1")));

        // Esc closes the menu and gives the focus back to the bubble's button.
        page.js("document.getElementById(arguments[0]).focus();", "message-menu-" + message.id().value());
        new Actions(page.driver).sendKeys(Keys.ENTER).perform();
        page.waitFor(d -> page.menuOpen());
        new Actions(page.driver).sendKeys(Keys.ESCAPE).perform();
        page.waitFor(d -> !page.menuOpen()
                && ("message-menu-" + message.id().value()).equals(page.js("return document.activeElement.id;")));
    }
}
