package com.chatter.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The "New chat" dialog: search people and open the conversation with one of them. */
class NewChatDialog extends Page {

    NewChatDialog(WebDriver driver) {
        super(driver);
        waitFor(d -> byId("new-chat-search").isDisplayed());
    }

    /** Types into the search and waits until the (lazily refreshed) results all match it. */
    NewChatDialog search(String text) {
        innerInput(byId("new-chat-search")).sendKeys(text);
        waitFor(d -> {
            var rows = d.findElements(By.cssSelector(".new-chat-user"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().toLowerCase().contains(text.toLowerCase()));
        });
        waitForVaadin();
        return this;
    }

    ChatRoomPage pick(String username) {
        waitFor(d -> {
            d.findElement(By.id("new-chat-user-" + username)).click();
            return true;
        });
        return new ChatRoomPage(driver);
    }
}
