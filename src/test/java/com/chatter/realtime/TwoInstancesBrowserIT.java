package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.AccountService;
import com.chatter.chat.ConversationId;
import com.chatter.e2e.Browsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in two headless Chromium sessions, each logged in to a different instance, chat through the Redis
 * relay: messages both ways, "typing…" and read ticks, all live; and a password changed on one instance sends the
 * person's browser on the other to the login page at once.
 */
@ExtendWith(ScaleOutCluster.Extension.class)
class TwoInstancesBrowserIT {

    private static final Duration LIVE = Duration.ofSeconds(20);

    private static Instance one;
    private static Instance two;

    private ChromeDriver ivy;
    private ChromeDriver jack;

    @BeforeAll
    static void cluster(ScaleOutCluster cluster) {
        one = cluster.one;
        two = cluster.two;
    }

    @AfterEach
    void closeBrowsers() {
        if (ivy != null) {
            ivy.quit();
        }
        if (jack != null) {
            jack.quit();
        }
    }

    @Test
    void twoPeopleOnTwoInstancesChatLiveInTheirBrowsers() throws Exception {
        one.register("ivy");
        one.register("jack");
        var jackId = one.bean(AccountService.class).findByUsername("jack").orElseThrow().id();
        ConversationId id = one.as("ivy", () -> one.chat().openDirect(jackId));

        ivy = browser();
        jack = browser();
        openChat(ivy, one, "ivy", id);
        openChat(jack, two, "jack", id);

        // Ivy (instance one) writes; Jack (instance two) sees it live, reads it, and Ivy sees the read tick.
        send(ivy, "Hello from instance one");
        waitUntil(jack, d -> messageTexts(d).contains("Hello from instance one"));
        var ivyMessage = one.as("ivy", () -> one.chat().latestMessages(id, 1)).getFirst();
        waitUntil(ivy, d -> "read".equals(
                d.findElement(By.id("message-" + ivyMessage.id().value())).getAttribute("data-status")));

        // Jack types: Ivy sees "typing…".
        input(jack).sendKeys("Hi Ivy");
        waitUntil(ivy, d -> d.findElement(By.id("chat-status")).getText().contains("typing"));
        jack.findElement(By.id("send-button")).click();
        waitUntil(ivy, d -> messageTexts(d).contains("Hi Ivy"));

        send(ivy, "Same chat, two servers");
        var expected = List.of("Hello from instance one", "Hi Ivy", "Same chat, two servers");
        waitUntil(jack, d -> messageTexts(d).equals(expected));
        waitUntil(ivy, d -> messageTexts(d).equals(expected));
        var jackMessage = two.as("jack", () -> two.chat().messagesAfter(id, 1, 1)).getFirst();
        waitUntil(jack, d -> "read".equals(
                d.findElement(By.id("message-" + jackMessage.id().value())).getAttribute("data-status")));
        assertThat(messageTexts(ivy)).containsExactlyElementsOf(expected);
        assertThat(messageTexts(jack)).containsExactlyElementsOf(expected);
    }

    @Test
    void aPasswordChangedOnOneInstanceSendsTheUsersBrowserOnTheOtherToTheLoginPage() {
        one.register("kim");
        ivy = browser();
        jack = browser();
        logIn(ivy, one, "kim"); // the browser that changes the password, on instance one
        logIn(jack, two, "kim"); // another browser of the same person, on instance two

        ivy.get(one.baseUrl() + "/settings");
        waitUntil(ivy, d -> d.findElement(By.id("settings-change-password")).isDisplayed());
        innerInput(ivy, "settings-current-password").sendKeys(Instance.PASSWORD);
        innerInput(ivy, "settings-new-password").sendKeys("kim-has-a-new-one-7");
        innerInput(ivy, "settings-confirm-password").sendKeys("kim-has-a-new-one-7");
        ivy.findElement(By.id("settings-change-password")).click();
        waitUntil(ivy, d -> d.findElement(By.id("settings-notice")).getText().contains("changed"));

        // Instance two's page goes to the login page over Push, without a request of its own.
        waitUntil(jack, d -> d.getCurrentUrl().contains("/login")
                && !d.findElements(By.id("login-form")).isEmpty());
        ivy.get(one.baseUrl() + "/");
        waitUntil(ivy, d -> !d.findElements(By.id("chat-search")).isEmpty()); // still logged in there
    }

    private static void logIn(WebDriver driver, Instance instance, String username) {
        driver.get(instance.baseUrl() + "/login");
        waitUntil(driver, d -> d.findElement(By.cssSelector("#login-form input[name=username]")).isDisplayed());
        var form = driver.findElement(By.id("login-form"));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(Instance.PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        waitUntil(driver, d -> !d.getCurrentUrl().contains("/login"));
        waitUntil(driver, d -> !d.findElements(By.id("chat-search")).isEmpty());
    }

    private static org.openqa.selenium.WebElement innerInput(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector("#" + id + " input"));
    }

    private static void openChat(WebDriver driver, Instance instance, String username, ConversationId id) {
        logIn(driver, instance, username);
        driver.get(instance.baseUrl() + "/chat/" + id.value());
        waitUntil(driver, d -> d.findElement(By.cssSelector("#message-input textarea")).isDisplayed());
    }

    private static void send(WebDriver driver, String text) {
        input(driver).sendKeys(text);
        driver.findElement(By.id("send-button")).click();
    }

    private static org.openqa.selenium.WebElement input(WebDriver driver) {
        return driver.findElement(By.cssSelector("#message-input textarea"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> messageTexts(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('#message-list .message .message-text'))
                    .map(m => m.textContent);""");
    }

    private static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, LIVE).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** A separate person: own profile and cookies. Fails (never skips) when Chromium is missing. */
    private static ChromeDriver browser() {
        return Browsers.open(1200, 900);
    }
}
