package com.chatter.security.ui;

import com.chatter.base.ui.Brand;
import com.chatter.limits.RateLimiter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.List;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Chatter")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;
    final LoginForm login = new LoginForm();
    /** What the form shows (LoginForm keeps its own copy to itself). */
    LoginI18n texts;
    private final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("auth-page");

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        login.setI18n(i18n);
        texts = i18n;

        notice.addClassName("auth-notice");
        notice.setVisible(false);

        var register = new Anchor("register", "Create an account");
        register.setId("register-link");
        var footer = new Paragraph(new Span("New here? "), register);
        footer.addClassName("auth-footer");

        var card = new Div(Brand.create(), notice, login, footer);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            var wait = parameters.getOrDefault("wait", List.of()).stream().findFirst()
                    .filter(w -> w.matches("\\d{1,7}")).map(w -> Duration.ofSeconds(Long.parseLong(w)));
            var i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Log in");
            if (wait.isPresent()) {
                // Too many failed attempts for this account or from this address (ThrottledAuthenticationProvider).
                i18n.getErrorMessage().setTitle("Too many attempts");
                i18n.getErrorMessage().setMessage("Too many attempts — try again in "
                        + RateLimiter.inWords(wait.get()) + ".");
            } else {
                i18n.getErrorMessage().setTitle("Wrong username or password");
                i18n.getErrorMessage().setMessage("Check your username and password and try again.");
            }
            login.setI18n(i18n);
            texts = i18n;
            login.setError(true);
        }
        if (parameters.containsKey("registered")) {
            notice.setText("Your account is ready. Log in to start chatting.");
            notice.setVisible(true);
        }
    }
}
