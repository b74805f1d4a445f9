package com.chatter.account.ui;

import com.chatter.account.AccountService;
import com.chatter.account.RegistrationException;
import com.chatter.account.RegistrationField;
import com.chatter.account.RegistrationRequest;
import com.chatter.base.ui.Brand;
import com.chatter.limits.Limit;
import com.chatter.limits.RateLimiter;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** Sign-up: username, display name and password (twice). Every bad field gets its own message. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create account · Chatter")
@AnonymousAllowed
class RegisterView extends Div implements BeforeEnterObserver {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirm = new PasswordField("Repeat password");
    final Button submit = new Button("Create account");

    /** Shown when the form can't be sent at all (too many registrations from this address). */
    final Paragraph formError = new Paragraph();

    private final AccountService accounts;
    private final AuthenticationContext authenticationContext;
    private final RateLimiter limiter;

    RegisterView(AccountService accounts, AuthenticationContext authenticationContext, RateLimiter limiter) {
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        this.limiter = limiter;
        addClassName("auth-page");

        username.setId("register-username");
        username.setHelperText("3–32 letters, digits, dots, dashes or underscores");
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setRequiredIndicatorVisible(true);
        username.setAutofocus(true);
        displayName.setId("register-display-name");
        displayName.setHelperText("Shown to the people you chat with");
        displayName.setRequiredIndicatorVisible(true);
        password.setId("register-password");
        password.setHelperText("At least " + AccountService.PASSWORD_MIN + " characters, not a common password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        confirm.setId("register-confirm");
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirm.setRequiredIndicatorVisible(true);

        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> register());

        var form = new FormLayout(username, displayName, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        var login = new Anchor("login", "Log in");
        login.setId("login-link");
        var footer = new Paragraph(new Span("Already have an account? "), login);
        footer.addClassName("auth-footer");

        formError.setId("register-error");
        formError.addClassName("auth-error");
        formError.setVisible(false);

        var card = new Div(Brand.create(), new H2("Create your account"), formError, form, submit, footer);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private void register() {
        try {
            clearErrors();
            var request = new RegistrationRequest(username.getValue(), displayName.getValue(), password.getValue(),
                    confirm.getValue());
            var errors = accounts.validate(request);
            if (!errors.isEmpty()) {
                showErrors(errors);
                return;
            }
            // Only a registration that could go through counts against this address's limit.
            var wait = limiter.tryTake(Limit.REGISTRATION_PER_ADDRESS, clientAddress());
            if (wait.isPresent()) {
                formError.setText("Too many new accounts from your network — try again in "
                        + RateLimiter.inWords(wait.get()) + ".");
                formError.setVisible(true);
                return;
            }
            var user = accounts.register(request);
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", user.username())));
        } catch (RegistrationException e) {
            showErrors(e.errors());
        } finally {
            submit.setEnabled(true);
        }
    }

    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        var session = VaadinSession.getCurrent();
        return session != null && session.getBrowser().getAddress() != null ? session.getBrowser().getAddress()
                : "unknown";
    }

    private void clearErrors() {
        formError.setVisible(false);
        for (var field : List.<HasValidation>of(username, displayName, password, confirm)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void showErrors(Map<RegistrationField, String> errors) {
        errors.forEach((field, message) -> {
            var component = switch (field) {
                case USERNAME -> username;
                case DISPLAY_NAME -> displayName;
                case PASSWORD -> password;
                case PASSWORD_CONFIRMATION -> confirm;
            };
            component.setErrorMessage(message);
            component.setInvalid(true);
        });
        if (errors.containsKey(RegistrationField.USERNAME)) {
            username.focus();
        }
    }
}
