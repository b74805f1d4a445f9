package com.chatter.e2e;

import com.chatter.chat.ConversationId;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The attention features as a browser sees them: ticks, presence, divider, title, row menu, notifications, theme. */
class AttentionPage extends Page {

    AttentionPage(WebDriver driver) {
        super(driver);
    }

    String status() {
        return byId("chat-status").getText();
    }

    String title() {
        return driver.getTitle();
    }

    /** The ticks of my last message in the row ("sent", "delivered", "read"), or "" when none shows. */
    String rowTicks(ConversationId id) {
        return (String) js("""
                const t = document.querySelector('#chat-item-' + arguments[0] + ' .ticks');
                return t && t.offsetParent !== null ? t.getAttribute('data-status') : '';""", id.value());
    }

    String rowAttribute(ConversationId id, String attribute) {
        return byId("chat-item-" + id.value()).getAttribute(attribute);
    }

    /** Opens the row's menu and picks an action, e.g. "chat-action-pin". */
    void rowAction(ConversationId id, String action) {
        openRowMenu(id);
        waitFor(d -> d.findElement(By.id(action)).isDisplayed());
        byId(action).click();
        waitFor(d -> !menuOpen());
        waitForVaadin();
    }

    void openRowMenu(ConversationId id) {
        byId("chat-menu-" + id.value()).click();
        waitFor(d -> menuOpen());
        waitForVaadin();
    }

    boolean menuOpen() {
        return Boolean.TRUE.equals(js("const m = document.getElementById('chat-menu'); return !!m && !m.hasAttribute('hidden');"));
    }

    void pressEscape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    boolean darkTheme() {
        return "dark".equals(js("return document.documentElement.getAttribute('theme');"));
    }

    String background(String cssSelector) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).backgroundColor;",
                cssSelector);
    }

    /** Replaces the browser's Notification API with one that records what would be shown (permission granted). */
    void captureNotifications() {
        js("""
                window.__notes = [];
                window.Notification = class {
                  constructor(title, options) {
                    this.title = title; this.body = options && options.body; this.onclick = null;
                    window.__notes.push(this);
                  }
                  static get permission() { return 'granted'; }
                  static requestPermission() { window.__asked = (window.__asked || 0) + 1; return Promise.resolve('granted'); }
                  close() {}
                };""");
    }

    long notificationsShown() {
        return (Long) js("return (window.__notes || []).length;");
    }

    String lastNotification() {
        return (String) js("const n = window.__notes[window.__notes.length - 1]; return n.title + ': ' + n.body;");
    }

    void clickLastNotification() {
        js("const n = window.__notes[window.__notes.length - 1]; n.onclick && n.onclick();");
    }

    long permissionRequests() {
        var asked = js("return window.__asked || 0;");
        return ((Number) asked).longValue();
    }
}
