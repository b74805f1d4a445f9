package com.chatter.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The extension parts of an open chat room: the "/" menu, answers only I see, rendered text, the header menu. */
class RoomExtensionsPage extends Page {

    RoomExtensionsPage(WebDriver driver) {
        super(driver);
    }

    boolean commandMenuShown() {
        var menus = driver.findElements(By.id("command-menu"));
        return !menus.isEmpty() && menus.getFirst().isDisplayed();
    }

    /** The ids of the items the "/" menu shows, top to bottom (waits until it is shown). */
    @SuppressWarnings("unchecked")
    List<String> commandItems() {
        waitFor(d -> commandMenuShown());
        return (List<String>) js("return Array.from(document.querySelectorAll('#command-menu .command-item'))"
                + ".filter(i => !i.hidden).map(i => i.id);");
    }

    void clickCommand(String name) {
        // Shown first: the menu follows the typed text after a round trip (a hidden item can't be clicked).
        waitFor(d -> {
            var item = d.findElement(By.id("command-" + name));
            if (!item.isDisplayed()) {
                return false;
            }
            item.click();
            return true;
        });
        waitForVaadin();
    }

    /** The texts of the "only you can see this" bubbles, top to bottom. */
    @SuppressWarnings("unchecked")
    List<String> ephemeralTexts() {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#message-list [data-ephemeral="true"]'))
                  .map(b => b.querySelector('.message-text').textContent + ' | ' + b.querySelector('.ephemeral-note').textContent);""");
    }

    String waitForEphemeral(java.util.function.Predicate<String> matching) {
        return waitFor(d -> ephemeralTexts().stream().filter(matching).findFirst().orElse(null));
    }

    /** The element inside the text of the bubble with this id matching the CSS selector. */
    WebElement inBubble(String bubbleId, String selector) {
        return waitFor(d -> d.findElement(By.id(bubbleId)).findElement(By.cssSelector(".message-text " + selector)));
    }

    /** Opens the room header's menu and clicks the item with this id (items live in the menu's overlay). */
    void clickHeaderMenuItem(String id) {
        byId("chat-header-menu").click();
        waitFor(d -> Boolean.TRUE.equals(js("""
                const find = (root) => {
                  const hit = root.getElementById ? root.getElementById(arguments[0]) : root.querySelector('#' + arguments[0]);
                  if (hit) return hit;
                  for (const el of root.querySelectorAll('*')) {
                    if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
                  }
                  return null;
                };
                const item = find(document);
                if (!item || item.getClientRects().length === 0) return false;
                item.click();
                return true;""", id)));
        waitForVaadin();
    }

    /** Whether the header shows a "bot" badge and the avatar says data-bot="true". */
    boolean headerShowsABot() {
        return !driver.findElements(By.cssSelector("#chat-header .bot-badge")).isEmpty()
                && !driver.findElements(By.cssSelector("#chat-header vaadin-avatar[data-bot='true']")).isEmpty();
    }
}
