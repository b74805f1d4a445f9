package com.chatter.e2e;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.account.UserSummary;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real application on a random port (in-memory H2, in-memory relay), shared by every end-to-end test class,
 * and real headless Chromium sessions: one per person, closed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // No development tools overlay in the page: it covers buttons and would show up in screenshots.
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.devmode.liveReload.enabled=false",
        "vaadin.devmode.componentTracker.enabled=false"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class E2eTestBase {

    static final String PASSWORD = "secret-pass-1";
    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ChatService chat;

    @Autowired
    UserDetailsService userDetails;

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<WebDriver> shared = new ArrayList<>();

    /** On a failure, keeps what each browser showed in target/e2e-failures, to see what went wrong. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotsOnFailure = (context, failure) -> {
        var all = new ArrayList<WebDriver>(shared);
        all.addAll(drivers);
        for (int i = 0; i < all.size(); i++) {
            try {
                var dir = java.nio.file.Path.of("target", "e2e-failures");
                java.nio.file.Files.createDirectories(dir);
                var png = ((org.openqa.selenium.TakesScreenshot) all.get(i))
                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                java.nio.file.Files.write(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + i + ".png"), png);
            } catch (Exception | AssertionError ignored) {
                // best effort only
            }
        }
        throw failure;
    };

    @AfterEach
    void quitBrowsers() {
        quit(drivers);
    }

    @AfterAll
    void quitSharedBrowsers() {
        quit(shared);
    }

    private static void quit(List<WebDriver> list) {
        list.forEach(driver -> {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the browser is gone already
            }
        });
        list.clear();
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /**
     * A desktop browser kept for the whole test class (Chromium starts slowly); switch the person using it with
     * {@link #loggedIn(UserSummary, WebDriver)}, which starts from an empty cookie jar.
     */
    WebDriver sharedBrowser(int index) {
        while (shared.size() <= index) {
            shared.add(Browsers.open(1280, 900));
        }
        return shared.get(index);
    }

    /** A new person's browser with a phone-sized viewport, closed after the test. */
    WebDriver phoneBrowser() {
        var driver = Browsers.open(390, 844);
        Browsers.viewport(driver, 390, 844, true);
        drivers.add(driver);
        return driver;
    }

    /**
     * Saves what the browser shows to target/screenshots/{name}.png; to refresh the committed ones in the README run
     * {@code ./mvnw verify -Dit.test=ScreenshotsIT,PhoneLayoutIT -Dchatter.screenshots.dir=docs/screenshots}.
     */
    static void screenshot(WebDriver driver, String name) {
        try {
            var base = System.getProperty("basedir", ".");
            var dir = java.nio.file.Path.of(base).resolve(System.getProperty("chatter.screenshots.dir",
                    "target/screenshots"));
            java.nio.file.Files.createDirectories(dir);
            var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new person's browser, desktop size, closed after the test. */
    WebDriver browser() {
        return browser(1280, 900);
    }

    WebDriver browser(int width, int height) {
        var driver = Browsers.open(width, height);
        drivers.add(driver);
        return driver;
    }

    /** A unique username with the given prefix (the Spring context, and so the database, is shared). */
    static String uniqueName(String prefix) {
        return prefix + USERS.incrementAndGet() + UUID.randomUUID().toString().substring(0, 4);
    }

    /** Creates an account directly through the service (for scenarios that are not about registering). */
    UserSummary createUser(String prefix, String displayName) {
        var username = uniqueName(prefix);
        return accounts.register(new RegistrationRequest(username, displayName, PASSWORD, PASSWORD));
    }

    /** Runs service calls as the given user, as the UI would. */
    <T> T as(UserSummary user, Supplier<T> action) {
        return TestUsers.as(userDetails, user.username(), action);
    }

    ConversationId openChat(UserSummary from, UserSummary to) {
        return as(from, () -> chat.openDirect(to.id()));
    }

    ChatMessage send(UserSummary from, ConversationId conversation, String text) {
        return as(from, () -> chat.send(conversation, UUID.randomUUID().toString(), text));
    }

    /** A logged-in desktop browser on the chat list. */
    ChatListPage loggedIn(UserSummary user) {
        return loggedIn(user, browser());
    }

    ChatListPage loggedIn(UserSummary user, WebDriver driver) {
        if (driver.getCurrentUrl().startsWith(baseUrl())) {
            driver.manage().deleteAllCookies();
        }
        return LoginPage.open(driver, baseUrl()).logIn(user.username(), PASSWORD);
    }
}
