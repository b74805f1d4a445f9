package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Search in Chromium: in a room (header button, Ctrl+F, "/"), and across all chats from the chat list. */
class MessageSearchIT extends E2eTestBase {

    @Test
    void roomSearchFindsNewestFirstHighlightedAndOpensTheMessageInContext() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var id = openChat(amy, ben);
        var oldest = send(ben, id, "The <i>Harbour</i> café at nine");
        for (int i = 1; i <= 80; i++) {
            send(i % 2 == 0 ? amy : ben, id, "filler " + i);
        }
        var newest = send(amy, id, "see you at the harbour");
        var room = ChatRoomPage.open(loggedIn(amy, sharedBrowser(0)).driver, baseUrl(), id);
        var page = new MessageActionsPage(room);

        page.byId("chat-search-button").click();
        page.waitFor(d -> page.byId("message-search").isDisplayed());
        Page.innerInput(page.byId("message-search-input")).sendKeys("HARBOUR");
        page.waitFor(d -> results(page).size() == 2);
        assertThat(results(page)).extracting(e -> e.getAttribute("id")).containsExactly(
                "search-result-" + newest.id().value(), "search-result-" + oldest.id().value());
        var match = results(page).get(1).findElement(By.cssSelector("mark.search-match"));
        assertThat(match.getAttribute("textContent")).isEqualTo("Harbour");
        assertThat(results(page).get(1).getAttribute("textContent")).contains("<i>");

        var older = results(page).get(1);
        page.js("arguments[0].scrollIntoView({block: 'nearest'});", older); // the results panel scrolls
        page.waitFor(d -> older.isDisplayed());
        older.click();
        page.waitFor(d -> page.shown(oldest.id()) && page.inView(oldest.id()));
        assertThat(page.highlighted(oldest.id())).isTrue();

        // Esc closes the search; Ctrl+F and "/" (outside the composer) open it again.
        Page.innerInput(page.byId("message-search-input")).sendKeys(Keys.ESCAPE);
        page.waitFor(d -> !page.byId("message-search").isDisplayed());
        page.js("document.activeElement && document.activeElement.blur();");
        new Actions(page.driver).sendKeys("/").perform();
        page.waitFor(d -> page.byId("message-search").isDisplayed());
        Page.innerInput(page.byId("message-search-input")).sendKeys(Keys.ESCAPE);
        page.waitFor(d -> !page.byId("message-search").isDisplayed());
        room.input().sendKeys(Keys.chord(Keys.CONTROL, "f"));
        page.waitFor(d -> page.byId("message-search").isDisplayed()
                && "message-search-input".equals(page.js("const a = document.activeElement;"
                        + " return a && (a.closest('vaadin-text-field') || a).id;")));
        assertThat(room.inputValue()).isEmpty();
    }

    @Test
    void theChatListSearchAlsoFindsMessagesOfAllChats() {
        var amy = createUser("amy", "Amy");
        var ben = createUser("ben", "Ben");
        var cat = createUser("cat", "Cat");
        var withBen = openChat(amy, ben);
        var withCat = openChat(amy, cat);
        var fromBen = send(ben, withBen, "Tickets for the concert");
        var toCat = send(amy, withCat, "Concert was great");
        send(ben, withBen, "unrelated");
        var list = loggedIn(amy, sharedBrowser(0));

        list.search("concert");
        list.waitFor(d -> messageResults(list).size() == 2);
        assertThat(messageResults(list)).extracting(e -> e.getAttribute("id")).containsExactly(
                "message-result-" + toCat.id().value(), "message-result-" + fromBen.id().value());
        assertThat(list.byId("chat-search-messages").getText()).startsWith("Messages").contains("Cat").contains("Ben");
        assertThat(messageResults(list).get(1).findElement(By.cssSelector("mark.search-match")).getAttribute("textContent"))
                .isEqualTo("concert");

        var benResult = messageResults(list).get(1);
        list.js("arguments[0].scrollIntoView({block: 'nearest'});", benResult);
        benResult.click();
        var page = new MessageActionsPage(new ChatRoomPage(list.driver)); // the URL ends in ?message=…
        assertThat(page.room.id).isEqualTo(withBen);
        page.waitFor(d -> page.shown(fromBen.id()) && page.highlighted(fromBen.id()));
    }

    private static List<WebElement> messageResults(Page page) {
        return page.driver.findElements(By.cssSelector("#chat-search-messages .search-result"));
    }

    private static List<WebElement> results(Page page) {
        return page.driver.findElements(By.cssSelector("#message-search-results .search-result"));
    }
}
