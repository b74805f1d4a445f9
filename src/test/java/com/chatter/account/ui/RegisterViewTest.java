package com.chatter.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.AccountService;
import com.chatter.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void newPersonRegistersAndIsSentToLogin() {
        var view = navigate(RegisterView.class);
        test(view.username).setValue("dora.k");
        test(view.displayName).setValue("Dora Kovács 🌷");
        test(view.password).setValue("s3cret-enough");
        test(view.confirm).setValue("s3cret-enough");
        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        var created = accounts.findByUsername("DORA.K").orElseThrow();
        assertThat(created.displayName()).isEqualTo("Dora Kovács 🌷");
    }

    @Test
    void everyBadFieldGetsItsOwnMessageAndNothingIsCreated() {
        var view = navigate(RegisterView.class);
        test(view.username).setValue("x!");
        test(view.displayName).setValue("   ");
        test(view.password).setValue("short");
        test(view.confirm).setValue("different");
        test(view.submit).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("3 to 32");
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isNotBlank();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 8");
        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(view.confirm.getErrorMessage()).contains("don't match");
        assertThat(accounts.findByUsername("x!")).isEmpty();
        assertThat(view.submit.isEnabled()).as("the form can be sent again after fixing it").isTrue();
    }

    @Test
    void takenUsernameIsRefusedWhateverItsCase() {
        var view = navigate(RegisterView.class);
        test(view.username).setValue("ErIn");
        test(view.displayName).setValue("Erin");
        test(view.password).setValue("password-1");
        test(view.confirm).setValue("password-1");
        test(view.submit).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        var again = navigate(RegisterView.class);
        test(again.username).setValue("erin");
        test(again.displayName).setValue("Another Erin");
        test(again.password).setValue("password-2");
        test(again.confirm).setValue("password-2");
        test(again.submit).click();

        assertThat(getCurrentView()).isSameAs(again);
        assertThat(again.username.getErrorMessage()).isEqualTo("This username is taken");
        assertThat(accounts.findByUsername("erin").orElseThrow().displayName()).isEqualTo("Erin");
    }
}
