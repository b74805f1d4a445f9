package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Ending a login ends its open pages at once, over Push, without waiting for them to make a request: logging out in
 * one tab sends the session's other tabs to the login page, and changing the password on the settings page sends
 * the user's other browsers there (this one stays logged in).
 */
class SessionEndIT extends E2eTestBase {

    private static void waitForLoginPage(org.openqa.selenium.WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100)).until(LoginPage::isShown);
    }

    @Test
    void loggingOutInOneTabClosesTheOtherTabsOfTheSession() {
        var amy = createUser("tabs", "Tabs Amy");
        var driver = browser();
        loggedIn(amy, driver);
        var first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(baseUrl());
        new ChatListPage(driver);
        var second = driver.getWindowHandle();

        driver.switchTo().window(first);
        new ChatListPage(driver).logOut();

        driver.switchTo().window(second);
        waitForLoginPage(driver);
        driver.navigate().refresh();
        waitForLoginPage(driver);
    }

    @Test
    void changingThePasswordInSettingsLogsOutTheOtherBrowsers() {
        var amy = createUser("pwchange", "Changing Amy");
        var here = browser();
        var elsewhere = browser();
        loggedIn(amy, here);
        loggedIn(amy, elsewhere);

        here.findElement(By.id("settings-button")).click();
        var settings = new LoginPage.Any(here);
        settings.waitFor(d -> d.findElement(By.id("settings-change-password")).isDisplayed());
        Page.innerInput(settings.byId("settings-current-password")).sendKeys(PASSWORD);
        Page.innerInput(settings.byId("settings-new-password")).sendKeys("a-brand-new-one-2");
        Page.innerInput(settings.byId("settings-confirm-password")).sendKeys("a-brand-new-one-2");
        settings.byId("settings-change-password").click();
        settings.waitFor(d -> d.findElement(By.id("settings-notice")).isDisplayed());
        assertThat(settings.byId("settings-notice").getText()).contains("changed");

        waitForLoginPage(elsewhere);
        here.get(baseUrl());
        new ChatListPage(here); // still logged in here
        LoginPage.open(elsewhere, baseUrl()).logIn(amy.username(), "a-brand-new-one-2");
    }
}
