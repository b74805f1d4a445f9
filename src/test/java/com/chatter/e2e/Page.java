package com.chatter.e2e;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Shared helpers of the page objects: waiting (never sleeping), Vaadin idle state, typing into Vaadin fields. */
abstract class Page {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    final WebDriver driver;

    Page(WebDriver driver) {
        this.driver = driver;
    }

    WebDriverWait waiting() {
        return waiting(TIMEOUT);
    }

    WebDriverWait waiting(Duration timeout) {
        var wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class);
        return wait;
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return waiting().until(condition);
    }

    WebElement byId(String id) {
        return waitFor(d -> d.findElement(By.id(id)));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until every Vaadin client on the page has no request in flight. */
    void waitForVaadin() {
        waitFor(d -> Boolean.TRUE.equals(js("""
                return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));""")));
    }

    /** The native input or textarea that a Vaadin field slots into its light DOM. */
    static WebElement innerInput(WebElement vaadinField) {
        List<WebElement> inputs = vaadinField.findElements(By.cssSelector("input, textarea"));
        if (inputs.isEmpty()) {
            throw new NoSuchElementException("No input inside " + vaadinField.getAttribute("id"));
        }
        return inputs.getFirst();
    }

    static String text(WebElement element) {
        return element.getText();
    }
}
