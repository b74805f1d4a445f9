package com.chatter.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The login page: Vaadin's login form (id login-form) with light-DOM username and password inputs. */
class LoginPage extends Page {

    LoginPage(WebDriver driver) {
        super(driver);
        waitFor(d -> d.findElement(By.cssSelector("#login-form input[name=username]")).isDisplayed());
    }

    /** Any page, for waiting on something outside the page objects. */
    static final class Any extends Page {
        Any(WebDriver driver) {
            super(driver);
        }
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "login");
        return new LoginPage(driver);
    }

    static boolean isShown(WebDriver driver) {
        return driver.getCurrentUrl().contains("/login")
                && !driver.findElements(By.cssSelector("#login-form input[name=username]")).isEmpty();
    }

    WebElement form() {
        return byId("login-form");
    }

    LoginPage fill(String username, String password) {
        var user = form().findElement(By.cssSelector("input[name=username]"));
        user.clear();
        user.sendKeys(username);
        var pass = form().findElement(By.cssSelector("input[name=password]"));
        pass.clear();
        pass.sendKeys(password);
        return this;
    }

    void submit() {
        form().findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
    }

    ChatListPage logIn(String username, String password) {
        fill(username, password).submit();
        return new ChatListPage(driver);
    }

    /** The notice shown after registering ("Your account is ready…"), or "" when none. */
    String notice() {
        var notices = driver.findElements(By.cssSelector(".auth-notice"));
        return notices.isEmpty() || !notices.getFirst().isDisplayed() ? "" : notices.getFirst().getText();
    }
}
