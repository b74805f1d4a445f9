package com.chatter.e2e;

import com.chatter.chat.ConversationId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An open conversation: header, status ("typing…"), the message list and the composer. */
class ChatRoomPage extends Page {

    private static final Pattern CHAT_URL = Pattern.compile(".*/chat/(\\d+)(?:[?#].*)?$");

    /** One bubble as the browser shows it. */
    record Bubble(String id, String text, String status, boolean mine) {
    }

    final ConversationId id;

    ChatRoomPage(WebDriver driver) {
        this(driver, null);
    }

    ChatRoomPage(WebDriver driver, ConversationId expected) {
        super(driver);
        var wait = waiting().withMessage(() -> "no chat room opened" + (expected == null ? "" : " (" + expected
                + ")") + ": the browser is at " + driver.getCurrentUrl());
        if (expected != null) {
            wait.until(d -> d.getCurrentUrl().endsWith("/chat/" + expected.value()));
        } else {
            wait.until(d -> CHAT_URL.matcher(d.getCurrentUrl()).matches());
        }
        var matcher = CHAT_URL.matcher(driver.getCurrentUrl());
        matcher.matches();
        this.id = new ConversationId(Long.parseLong(matcher.group(1)));
        waiting().withMessage(() -> "no composer shown at " + driver.getCurrentUrl())
                .until(d -> d.findElement(By.id("message-input")).isDisplayed());
        waitForVaadin();
    }

    static ChatRoomPage open(WebDriver driver, String baseUrl, ConversationId id) {
        driver.get(baseUrl + "chat/" + id.value());
        return new ChatRoomPage(driver, id);
    }

    String headerText() {
        return byId("chat-header").getText();
    }

    String status() {
        return byId("chat-status").getText();
    }

    WebElement input() {
        return innerInput(byId("message-input"));
    }

    /** The text in the composer as the browser has it. */
    String inputValue() {
        return (String) js("return document.getElementById('message-input').value;");
    }

    /** Types text (keys) into the composer without sending. */
    ChatRoomPage type(CharSequence... keys) {
        input().sendKeys(keys);
        return this;
    }

    /** Types the text and presses Enter. */
    ChatRoomPage sendWithEnter(String text) {
        input().sendKeys(text, Keys.ENTER);
        return this;
    }

    ChatRoomPage clickSend() {
        byId("send-button").click();
        return this;
    }

    /** Every bubble, top to bottom, read in one go so the list can't change midway. */
    @SuppressWarnings("unchecked")
    List<Bubble> bubbles() {
        var raw = (List<Map<String, Object>>) js("""
                return Array.from(document.querySelectorAll('#message-list .message')).map(m => ({
                  id: m.id,
                  text: m.querySelector('.message-text').textContent,
                  status: m.getAttribute('data-status'),
                  mine: m.classList.contains('mine')}));""");
        return raw.stream().map(m -> new Bubble((String) m.get("id"), (String) m.get("text"),
                (String) m.get("status"), (Boolean) m.get("mine"))).toList();
    }

    List<String> texts() {
        return bubbles().stream().map(Bubble::text).toList();
    }

    /** Waits until a bubble with exactly this text is shown, and returns it. */
    Bubble waitForBubble(String text) {
        return waiting().withMessage(() -> {
            var shown = bubbles();
            return "no bubble \"" + text + "\" at " + driver.getCurrentUrl() + ": " + shown.size()
                    + " bubbles, the newest " + shown.stream().skip(Math.max(0, shown.size() - 4)).toList()
                    + ", composer \"" + inputValue() + "\"";
        }).until(d -> bubbles().stream().filter(b -> b.text().equals(text)).findFirst().orElse(null));
    }

    String statusOf(String bubbleId) {
        return byId(bubbleId).getAttribute("data-status");
    }

    /** The tick marks the bubble shows (drawn by CSS), e.g. "✓" or "✓✓". */
    String ticksShown(String bubbleId) {
        var content = (String) js("""
                const ticks = document.querySelector('#' + arguments[0] + '.mine .message-meta');
                return ticks ? getComputedStyle(ticks, '::after').content : '';""", bubbleId);
        if (content == null || content.equals("none")) {
            return "";
        }
        // The ticks' CSS content carries alternative text for screen readers: "✓✓" / "Read". The ticks are the first part.
        int alt = content.indexOf(" / ");
        return (alt < 0 ? content : content.substring(0, alt)).replace("\"", "");
    }

    /** The day separators' labels as written (CSS may show them in capitals). */
    @SuppressWarnings("unchecked")
    List<String> daySeparators() {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#message-list .day-separator'))
                  .map(s => s.textContent.trim());""");
    }

    /**
     * Puts text into the composer the way typing does (the textarea's value plus an input event), for texts too
     * long to type key by key; the caret ends up after the text.
     */
    ChatRoomPage paste(String text) {
        js("""
                const area = document.querySelector('#message-input textarea');
                area.focus();
                area.value = arguments[0];
                area.setSelectionRange(area.value.length, area.value.length);
                area.dispatchEvent(new Event('input', {bubbles: true}));""", text);
        return this;
    }

    /** How the browser lays the bubble's text out (innerText: line breaks as shown). */
    String renderedText(String bubbleId) {
        return byId(bubbleId).findElement(By.className("message-text")).getText();
    }

    /** The composer's error message, or "" when the field is valid. */
    String inputError() {
        return (String) js("""
                const field = document.getElementById('message-input');
                return field.invalid ? (field.errorMessage || '') : '';""");
    }

    /** The error text as laid out under the composer ("" when hidden). */
    String visibleInputError() {
        return (String) js("""
                const e = document.querySelector('#message-input [slot=error-message]');
                return e && e.offsetHeight > 0 ? e.textContent : '';""");
    }

    ChatListPage back() {
        byId("back-button").click();
        return new ChatListPage(driver);
    }
}
