package com.chatter.e2e;

import com.chatter.chat.ConversationId;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The logged-in frame with the chat list (also present beside an open chat on wide screens). */
class ChatListPage extends Page {

    ChatListPage(WebDriver driver) {
        super(driver);
        waitFor(d -> d.findElement(By.id("chat-list")).isDisplayed());
        waitForVaadin();
    }

    WebElement row(ConversationId id) {
        return byId("chat-item-" + id.value());
    }

    boolean hasRow(ConversationId id) {
        return present("chat-item-" + id.value());
    }

    /** The ids of the rows, top to bottom. */
    List<String> rowIds() {
        return driver.findElements(By.cssSelector("#chat-list .chat-item")).stream()
                .map(e -> e.getAttribute("id")).toList();
    }

    String preview(ConversationId id) {
        return row(id).findElement(By.className("chat-item-preview")).getText();
    }

    /** The unread count shown in the row's badge, or 0 when there is no badge. */
    int unread(ConversationId id) {
        var badges = row(id).findElements(By.className("unread-badge"));
        if (badges.isEmpty() || !badges.getFirst().isDisplayed()) {
            return 0;
        }
        return Integer.parseInt(badges.getFirst().getText().strip());
    }

    ChatRoomPage openChat(ConversationId id) {
        row(id).click();
        return new ChatRoomPage(driver, id);
    }

    NewChatDialog newChat() {
        byId("new-chat-button").click();
        return new NewChatDialog(driver);
    }

    void search(String text) {
        innerInput(byId("chat-search")).sendKeys(text);
    }

    LoginPage logOut() {
        byId("logout-button").click();
        waitFor(d -> LoginPage.isShown(d));
        return new LoginPage(driver);
    }
}
