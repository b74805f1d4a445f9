package com.chatter.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Registrations per client address are limited (here 2 per hour): the next one is refused and says when to retry. */
@SpringBootTest(properties = {"chatter.limits.registration-per-address=2/1h", "chatter.limits.send-per-user=3/10s"})
@ActiveProfiles("test")
@Import(TestUsers.class)
class RegistrationLimitTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    private RegisterView fill(String username, String password) {
        var view = navigate(RegisterView.class);
        test(view.username).setValue(username);
        test(view.displayName).setValue("Limit Tester");
        test(view.password).setValue(password);
        test(view.confirm).setValue(password);
        return view;
    }

    @Test
    void theThirdRegistrationFromOneAddressWithinAnHourIsRefused() {
        var prefix = "lim" + UUID.randomUUID().toString().substring(0, 6);
        // A form with mistakes doesn't count against the limit.
        var bad = fill(prefix + "bad", "password1");
        test(bad.submit).click();
        assertThat(bad.password.isInvalid()).isTrue();
        assertThat(bad.formError.isVisible()).isFalse();

        for (int i = 1; i <= 2; i++) {
            var view = fill(prefix + i, "a-fine-password");
            test(view.submit).click();
            assertThat(getCurrentView()).as("registration %d", i).isInstanceOf(LoginView.class);
        }

        var third = fill(prefix + 3, "a-fine-password");
        test(third.submit).click();

        assertThat(getCurrentView()).isSameAs(third);
        assertThat(third.formError.isVisible()).isTrue();
        assertThat(third.formError.getText()).startsWith("Too many new accounts").contains("try again in")
                .contains("minutes");
        assertThat(third.username.getValue()).as("the form keeps what was typed").isEqualTo(prefix + 3);
        assertThat(accounts.findByUsername(prefix + 3)).isEmpty();
        assertThat(third.submit.isEnabled()).isTrue();
    }
}
