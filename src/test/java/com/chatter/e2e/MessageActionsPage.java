package com.chatter.e2e;

import com.chatter.chat.MessageId;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The message actions of an open room (menu, reply, edit, delete, react, forward, star, search) as QA drives them. */
class MessageActionsPage extends Page {

    final ChatRoomPage room;

    MessageActionsPage(ChatRoomPage room) {
        super(room.driver);
        this.room = room;
    }

    WebElement bubble(MessageId id) {
        return byId("message-" + id.value());
    }

    /** Opens the bubble's menu with its menu button (shown on hover). */
    MessageActionsPage openMenu(MessageId id) {
        new Actions(driver).moveToElement(bubble(id)).perform();
        var button = byId("message-menu-" + id.value());
        waitFor(d -> button.isDisplayed());
        button.click();
        waitFor(d -> byId("message-menu").isDisplayed());
        return this;
    }

    /** Opens the bubble's menu with a right click. */
    MessageActionsPage rightClick(MessageId id) {
        new Actions(driver).contextClick(bubble(id).findElement(By.className("message-text"))).perform();
        waitFor(d -> byId("message-menu").isDisplayed());
        return this;
    }

    MessageActionsPage action(String name) {
        var item = byId("message-action-" + name);
        waitFor(d -> item.isDisplayed());
        item.click();
        return this;
    }

    /** Whether the open menu offers the action (an action it does not offer is not made at all). */
    boolean menuShows(String name) {
        return present("message-action-" + name) && driver.findElement(By.id("message-action-" + name)).isDisplayed();
    }

    boolean menuOpen() {
        return present("message-menu") && driver.findElement(By.id("message-menu")).isDisplayed();
    }

    MessageActionsPage react(MessageId id, int option) {
        openMenu(id).action("react");
        var choice = byId("reaction-option-" + option);
        waitFor(d -> choice.isDisplayed());
        choice.click();
        return this;
    }

    /** The bubble's reaction chips as "emoji:count". */
    @SuppressWarnings("unchecked")
    List<String> chips(MessageId id) {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#message-' + arguments[0] + ' .reaction-chip'))
                  .map(c => c.dataset.emoji + ':' + c.dataset.count);""", id.value());
    }

    String text(MessageId id) {
        return (String) js("const b = document.getElementById('message-' + arguments[0]);"
                + " return b ? b.querySelector('.message-text').textContent : null;", id.value());
    }

    String attribute(MessageId id, String name) {
        return (String) js("const b = document.getElementById('message-' + arguments[0]);"
                + " return b ? b.getAttribute(arguments[1]) : null;", id.value(), name);
    }

    boolean shown(MessageId id) {
        return Boolean.TRUE.equals(js("return !!document.getElementById('message-' + arguments[0]);", id.value()));
    }

    /** Whether the bubble is inside the visible part of the message list. */
    boolean inView(MessageId id) {
        return Boolean.TRUE.equals(js("""
                const b = document.getElementById('message-' + arguments[0]);
                const list = document.getElementById('message-list');
                if (!b) return false;
                const r = b.getBoundingClientRect(), l = list.getBoundingClientRect();
                return r.bottom > l.top && r.top < l.bottom;""", id.value()));
    }

    boolean highlighted(MessageId id) {
        return Boolean.TRUE.equals(js("const b = document.getElementById('message-' + arguments[0]);"
                + " return !!b && b.classList.contains('message-highlight');", id.value()));
    }

    void pressInComposer(CharSequence... keys) {
        room.input().sendKeys(keys);
    }

    void escape() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    }
}
