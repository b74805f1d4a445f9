package com.chatter.e2e;

import org.openqa.selenium.WebDriver;

/** The sign-up page. */
class RegisterPage extends Page {

    RegisterPage(WebDriver driver) {
        super(driver);
        byId("register-username");
        waitForVaadin();
    }

    static RegisterPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "register");
        return new RegisterPage(driver);
    }

    RegisterPage fill(String username, String displayName, String password, String confirm) {
        innerInput(byId("register-username")).sendKeys(username);
        innerInput(byId("register-display-name")).sendKeys(displayName);
        innerInput(byId("register-password")).sendKeys(password);
        innerInput(byId("register-confirm")).sendKeys(confirm);
        return this;
    }

    /** Submits a valid form: lands on the login page. */
    LoginPage submit() {
        byId("register-submit").click();
        waitFor(d -> d.getCurrentUrl().contains("/login"));
        return new LoginPage(driver);
    }
}
