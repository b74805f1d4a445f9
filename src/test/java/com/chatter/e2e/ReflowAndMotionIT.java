package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * WCAG 1.4.10 reflow and 2.3.3 motion: at 320 CSS px (a small phone, or 1280 px at 400 % zoom) and at 640 px
 * (1280 px at 200 % zoom) login, chat list and chat room fit the width, with no horizontal scrolling; with
 * {@code prefers-reduced-motion: reduce} nothing animates and nothing scrolls smoothly.
 */
class ReflowAndMotionIT extends E2eTestBase {

    @ParameterizedTest(name = "{0}x{1} CSS px, phone: {2}")
    @CsvSource({"320, 640, true", "640, 450, false"})
    void noHorizontalScrolling(int width, int height, boolean phone) {
        var alice = createUser("rfa", "Alice Reflow With A Rather Long Display Name");
        var bob = createUser("rfb", "Bob Reflow");
        var withBob = openChat(alice, bob);
        send(bob, withBob, "A message with a long word: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
                + " and a link https://example.com/a/very/long/path/that/does/not/break/easily/at/all/really");
        send(alice, withBob, "Short reply");
        var driver = (ChromeDriver) browser(width, height);
        Browsers.viewport(driver, width, height, phone);

        var login = LoginPage.open(driver, baseUrl());
        login.waitForVaadin();
        assertFits(login, "login");
        var list = login.logIn(alice.username(), PASSWORD);
        list.waitFor(d -> list.hasRow(withBob));
        assertFits(list, "chat list");
        var room = ChatRoomPage.open(driver, baseUrl(), withBob);
        room.waitForBubble("Short reply");
        assertFits(room, "chat room");
    }

    @Test
    void reducedMotionTurnsOffAnimationsAndSmoothScrolling() {
        var alice = createUser("rma", "Alice Motion");
        var driver = (ChromeDriver) browser();
        var list = loggedIn(alice, driver);
        // The highlight of a message opened from search or starred is the app's animation.
        var probe = """
                let el = document.getElementById('motion-probe');
                if (!el) {
                  el = document.createElement('div');
                  el.id = 'motion-probe';
                  el.className = 'message message-highlight';
                  document.body.appendChild(el);
                }
                const s = getComputedStyle(el);
                return [s.animationName, s.animationDuration, getComputedStyle(document.documentElement).scrollBehavior];""";
        assertThat(list.js(probe)).as("animated by default").isEqualTo(List.of("message-highlight", "2.5s", "auto"));

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        @SuppressWarnings("unchecked")
        var reduced = (List<String>) list.js(probe);
        assertThat(reduced.get(1)).as("animation duration").isIn("1e-05s", "0.00001s", "0s");
        assertThat(reduced.get(2)).as("scroll behaviour").isEqualTo("auto");
        assertThat(list.js("return matchMedia('(prefers-reduced-motion: reduce)').matches;")).isEqualTo(true);
    }

    private static void assertFits(Page page, String state) {
        page.waitFor(d -> d.findElement(By.tagName("body")).isDisplayed());
        @SuppressWarnings("unchecked")
        var sizes = (Map<String, Object>) page.js("""
                const d = document.documentElement;
                const wide = [...document.querySelectorAll('body *')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.right > d.clientWidth + 1 && getComputedStyle(e).position !== 'fixed';
                }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
                // Scroll areas inside the page (the message list, the chat list) must not scroll sideways either.
                const sideways = [...document.querySelectorAll('body *')].filter(e => {
                  const x = getComputedStyle(e).overflowX;
                  return (x === 'auto' || x === 'scroll') && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;
                }).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + e.scrollWidth + '>'
                    + e.clientWidth);
                return {scroll: Math.max(d.scrollWidth, document.body.scrollWidth), client: d.clientWidth,
                        wide: wide.join(', '), sideways: sideways.join(', ')};""");
        assertThat(((Number) sizes.get("scroll")).longValue())
                .as("%s: document width (elements past the right edge: %s)", state, sizes.get("wide"))
                .isLessThanOrEqualTo(((Number) sizes.get("client")).longValue());
        assertThat(sizes.get("sideways")).as("%s: areas scrolling sideways", state).isEqualTo("");
    }
}
