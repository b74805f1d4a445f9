package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.Blns;
import com.chatter.account.RegistrationException;
import com.chatter.account.RegistrationRequest;
import com.chatter.chat.ConversationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Big List of Naughty Strings as display names, shown in a real Chromium chat list, and its HTML-like lines
 * typed into the chat search: everything is shown as text (exactly, nothing parsed as markup), no script runs (no
 * alert, confirm or prompt), nothing is injected. (Messages: {@code HistoryPagingIT}; the service side of names and
 * search: {@code AccountServiceContract}.)
 */
class BlnsNamesIT extends E2eTestBase {

    /** Put into every page before its own scripts: records any dialog a payload might open. */
    private static final String TRAP = """
            window.__payloadRan = [];
            for (const f of ['alert', 'confirm', 'prompt', 'print']) {
              window[f] = (...args) => { window.__payloadRan.push(f + ' ' + args.join(',')); };
            }""";

    @Test
    void naughtyNamesAndSearchesAreShownAsInertText() {
        var amy = createUser("blnsamy", "Amy");
        var names = new LinkedHashMap<ConversationId, String>();
        int i = 0;
        for (var line : Blns.lines()) {
            try {
                var username = "blns" + (i++) + uniqueName("n");
                var person = accounts.register(new RegistrationRequest(username, line, PASSWORD, PASSWORD));
                names.put(openChat(amy, person), line);
            } catch (RegistrationException refusedWithAMessage) {
                // invisible-only, control characters, too long: refused at registration (AccountServiceContract)
            }
        }
        assertThat(names).hasSizeGreaterThan(300);

        var driver = browser();
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
        var list = loggedIn(amy, driver);
        list.waitFor(d -> list.rowIds().size() >= names.size());

        @SuppressWarnings("unchecked")
        var shown = (Map<String, Map<String, Object>>) js(driver, """
                const out = {};
                for (const row of document.querySelectorAll('#chat-list .chat-item')) {
                  const name = row.querySelector('.chat-item-name');
                  out[row.id] = {text: name.textContent, elements: name.childElementCount};
                }
                return out;""");
        var failures = new ArrayList<String>();
        names.forEach((id, name) -> {
            var row = shown.get("chat-item-" + id.value());
            if (row == null) {
                failures.add("no row for " + escape(name));
            } else if (!name.equals(row.get("text")) || ((Number) row.get("elements")).intValue() != 0) {
                failures.add("shown as " + escape(String.valueOf(row.get("text"))) + " with " + row.get("elements")
                        + " elements: " + escape(name));
            }
        });
        assertThat(failures).isEmpty();
        assertInert(driver);

        // The HTML-like lines into the chat search, as typed: the list filters, nothing runs.
        var htmlLike = names.values().stream().filter(n -> n.contains("<") || n.contains("javascript")).toList();
        assertThat(htmlLike).hasSizeGreaterThan(20);
        for (var query : htmlLike) {
            js(driver, """
                    const input = document.querySelector('#chat-search input');
                    input.value = arguments[0];
                    input.dispatchEvent(new Event('input', {bubbles: true}));""", query);
            list.waitForVaadin();
        }
        assertInert(driver);
        var empty = js(driver, "return document.querySelector('#chat-list').textContent;");
        assertThat(empty).isNotNull();
    }

    private static void assertInert(org.openqa.selenium.WebDriver driver) {
        assertThat(js(driver, "return window.__payloadRan;")).as("dialogs opened by a payload").isEqualTo(List.of());
        assertThat(js(driver, """
                return Array.from(document.querySelectorAll(
                  '#chat-list script, #chat-list iframe, #chat-list img, #chat-list object, #chat-list embed,'
                  + ' #chat-list svg, #chat-list a[href^="javascript"], #chat-list [onerror], #chat-list [onload]'))
                  .map(e => e.outerHTML);""")).as("elements injected into the chat list").isEqualTo(List.of());
    }

    private static Object js(org.openqa.selenium.WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? "\\u{" + Integer.toHexString(c) + "}"
                : Character.toString(c)));
        return out.toString();
    }
}
