package com.chatter.e2e;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * Collects the Content-Security-Policy violations a browser reports: a {@code securitypolicyviolation} listener put
 * into every page before its own scripts run (kept in sessionStorage, so it survives navigations in the tab), and
 * the console's CSP messages.
 */
final class CspViolations {

    private static final String KEY = "__cspViolations";
    private static final String RECORDER = """
            (() => {
              const key = '%s';
              document.addEventListener('securitypolicyviolation', e => {
                try {
                  const list = JSON.parse(sessionStorage.getItem(key) || '[]');
                  list.push([e.effectiveDirective || e.violatedDirective, e.blockedURI,
                    (e.sourceFile || '') + ':' + e.lineNumber, e.sample || ''].join(' | '));
                  sessionStorage.setItem(key, JSON.stringify(list));
                } catch (ignored) { /* storage unavailable: the console still has it */ }
              }, true);
            })();""".formatted(KEY);

    private CspViolations() {
    }

    /** From now on, every page this browser opens records its violations. */
    static void record(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    /** What the listener recorded in the current tab (this origin). */
    @SuppressWarnings("unchecked")
    static List<String> recorded(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(sessionStorage.getItem('" + KEY + "') || '[]');");
    }

    /**
     * The console's warnings and errors about the Content Security Policy since the last call (Chromium reports a
     * violation as an error). Lower levels are left out: Vaadin's debug lines in development mode quote the messages
     * sent, and the scenario's own chat text mentions the policy.
     */
    static List<String> console(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    /** Breaks the policy on purpose (an image from elsewhere), to show that violations do get recorded. */
    static void provoke(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("""
                const img = document.createElement('img');
                img.src = 'https://csp-probe.invalid/probe.png';
                document.body.appendChild(img);""");
    }
}
