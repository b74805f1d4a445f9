package com.chatter.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core 4.14 (Deque, MPL-2.0; {@code src/test/resources/axe}, for the tests only) run in the page: the WCAG 2.0 and
 * 2.1 A and AA rules, plus the best practices a screen reader user notices at once (a page title, landmarks).
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The violations on the page as it is now, one line per rule with the elements that break it; empty if clean. */
    static String violations(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        js.executeScript("if (!window.axe) { " + SCRIPT + "\n}");
        @SuppressWarnings("unchecked")
        var result = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // The page at rest: an overlay fading in or out blends its colours with the page behind it, which
                // no user reads, so wait (up to 3 s) until no finite animation runs, in the page or a shadow root.
                const roots = () => {
                  const all = [document];
                  for (let i = 0; i < all.length; i++) {
                    all[i].querySelectorAll('*').forEach(e => { if (e.shadowRoot) all.push(e.shadowRoot); });
                  }
                  return all;
                };
                const moving = () => roots().some(r => r.getAnimations().some(a => a.playState === 'running'
                    && a.effect && a.effect.getComputedTiming().endTime !== Infinity))
                    || document.querySelector('[opening], [closing]') !== null;
                const settled = new Promise(resolve => {
                  const start = performance.now();
                  const tick = () => (!moving() || performance.now() - start > 3000)
                      ? requestAnimationFrame(() => resolve()) : setTimeout(tick, 20);
                  tick();
                });
                const rules = {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']};
                settled.then(() => axe.run(document, rules)
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 6).map(n => n.target.join(' ') + ' :: '
                          + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));""");
        return result.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
                        + String.join("\n    ", castList(v.get("nodes"))))
                .collect(Collectors.joining("\n"));
    }

    /** The theme as the system asks for it ({@code prefers-color-scheme}: light or dark), which the app follows. */
    static void prefersColorScheme(org.openqa.selenium.chrome.ChromeDriver driver, String theme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static String load() {
        try (var in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core missing from the test resources (src/test/resources/axe)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
