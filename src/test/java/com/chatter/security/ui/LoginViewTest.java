package com.chatter.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What the login form says after a refused login: a wrong password, or too many attempts and how long to wait. */
@SpringBootTest
@ActiveProfiles("test")
class LoginViewTest extends SpringBrowserlessTest {

    private LoginView open(String query) {
        UI.getCurrent().navigate("login", QueryParameters.fromString(query));
        return (LoginView) getCurrentView();
    }

    @Test
    void aWrongPasswordSaysSo() {
        var view = open("error");

        assertThat(view.login.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Wrong username or password");
    }

    @Test
    void tooManyAttemptsSaysHowLongToWait() {
        var view = open("error&wait=170");

        assertThat(view.login.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Too many attempts");
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("Too many attempts — try again in 3 minutes.");
    }

    @Test
    void noErrorWithoutAFailedLogin() {
        var view = open("");

        assertThat(view.login.isError()).isFalse();
    }
}
