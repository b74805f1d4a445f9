package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In Chromium, a right-to-left override (U+202E) inside a name or a message can't reorder the text around it: the
 * characters written after the element stay left to right. The same element without the isolation (no dir, no
 * unicode-bidi) shows the reversal, so the measurement can tell the difference.
 */
class BidiIsolationIT extends E2eTestBase {

    /**
     * Puts "XYZ" right after the element in the same line of text and returns the three letters' left edges. With
     * {@code bare}, the element loses its isolation first (the control case). The page is restored afterwards.
     */
    private static final String MEASURE = """
            const [el, bare] = arguments;
            const saved = [el.getAttribute('dir'), el.style.unicodeBidi];
            if (bare) { el.removeAttribute('dir'); el.style.unicodeBidi = 'normal'; }
            const probe = document.createTextNode('XYZ');
            el.after(probe);
            const range = document.createRange();
            const left = i => { range.setStart(probe, i); range.setEnd(probe, i + 1);
                                return range.getBoundingClientRect().left; };
            const result = [left(0), left(1), left(2)];
            probe.remove();
            if (bare) { if (saved[0] !== null) el.setAttribute('dir', saved[0]); el.style.unicodeBidi = saved[1]; }
            return result;""";

    /** The same, for a name: a copy of the real element (its classes and dir) inside a plain paragraph. */
    private static final String MEASURE_COPY = """
            const [original, bare] = arguments;
            const line = document.createElement('p');
            const el = original.cloneNode(true);
            el.removeAttribute('id');
            line.append('A ', el);
            document.body.append(line);
            if (bare) { el.removeAttribute('dir'); el.style.unicodeBidi = 'normal'; }
            const probe = document.createTextNode('XYZ');
            line.append(probe);
            const range = document.createRange();
            const left = i => { range.setStart(probe, i); range.setEnd(probe, i + 1);
                                return range.getBoundingClientRect().left; };
            const result = [left(0), left(1), left(2)];
            line.remove();
            return result;""";

    @Test
    void anOverrideInANameOrMessageDoesNotReverseTheTextAroundIt() {
        var amy = createUser("bidiamy", "Amy");
        var spoofer = createUser("bidiben", "Ben \u202Egnp.exe");
        var conversation = openChat(amy, spoofer);
        var message = send(spoofer, conversation, "look \u202Eevil");

        var room = ChatRoomPage.open(loggedIn(amy).driver, baseUrl(), conversation);
        var bubbleText = room.byId("message-" + message.id().value()).findElement(By.className("message-text"));
        assertLeftToRight(room.js(MEASURE, bubbleText, false), "after a message");
        assertReversed(room.js(MEASURE, bubbleText, true), "control: the same message without isolation");

        for (WebElement name : List.of(room.byId("chat-name"),
                room.byId("chat-item-" + conversation.value()).findElement(By.className("chat-item-name")))) {
            assertThat(name.getAttribute("dir")).isEqualTo("auto");
            assertThat(name.getCssValue("unicode-bidi")).isEqualTo("isolate");
            assertLeftToRight(room.js(MEASURE_COPY, name, false), "after the name " + name.getAttribute("class"));
            assertReversed(room.js(MEASURE_COPY, name, true), "control: the name without isolation");
        }
        assertThat(room.byId("chat-name").getText()).contains("Ben");
    }

    private static void assertLeftToRight(Object lefts, String where) {
        var x = numbers(lefts);
        assertThat(x.get(0) < x.get(1) && x.get(1) < x.get(2)).as("X, Y, Z from left to right %s: %s", where, x)
                .isTrue();
    }

    private static void assertReversed(Object lefts, String where) {
        var x = numbers(lefts);
        assertThat(x.get(0) > x.get(1) && x.get(1) > x.get(2)).as("Z, Y, X from left to right in the %s: %s",
                where, x).isTrue();
    }

    private static List<Double> numbers(Object lefts) {
        return ((List<?>) lefts).stream().map(n -> ((Number) n).doubleValue()).toList();
    }
}
