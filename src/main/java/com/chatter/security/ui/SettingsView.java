package com.chatter.security.ui;

import com.chatter.account.AccountService;
import com.chatter.account.PasswordChangeException;
import com.chatter.base.ui.Brand;
import com.chatter.security.CurrentUser;
import com.chatter.security.SessionControl;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The user's settings: change the password (current one, then the new one twice). A change ends every other
 * session of the user; this one stays logged in.
 */
@Route(value = "settings", autoLayout = false)
@PageTitle("Settings · Chatter")
@PermitAll
class SettingsView extends Div {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("Repeat new password");
    final Button change = new Button("Change password");
    final Paragraph notice = new Paragraph();

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final SessionControl sessions;

    SettingsView(AccountService accounts, CurrentUser currentUser, SessionControl sessions) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.sessions = sessions;
        addClassName("auth-page");

        var me = currentUser.requireSummary();
        current.setId("settings-current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setId("settings-new-password");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least " + AccountService.PASSWORD_MIN + " characters, not a common password");
        confirm.setId("settings-confirm-password");
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);

        change.setId("settings-change-password");
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickShortcut(Key.ENTER);
        change.setDisableOnClick(true);
        change.addClickListener(e -> changePassword());

        notice.setId("settings-notice");
        notice.addClassName("auth-notice");
        notice.setVisible(false);

        var form = new FormLayout(current, newPassword, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        var back = new Anchor("", "Back to chats");
        back.setId("settings-back");
        // Last seen privacy and notifications have their own page in the chat frame.
        var privacy = new Anchor("settings/privacy", "Privacy and notifications");
        privacy.setId("settings-privacy-link");
        var footer = new Paragraph(privacy, new Span(" · "), back);
        footer.addClassName("auth-footer");

        var who = new Paragraph(new Span("Logged in as " + me.displayName() + " (@" + me.username() + ")"));
        var card = new Div(Brand.create(), new H2("Change your password"), who, notice, form, change, footer);
        card.addClassName("auth-card");
        add(card);
    }

    private void changePassword() {
        try {
            clearErrors();
            var me = currentUser.requireSummary();
            int version = accounts.changePassword(me.id(), current.getValue(), newPassword.getValue(),
                    confirm.getValue());
            if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
                sessions.passwordChanged(me.id(), version, request.getHttpServletRequest().getSession());
            }
            current.clear();
            newPassword.clear();
            confirm.clear();
            notice.setText("Your password is changed. You were logged out everywhere else.");
            notice.setVisible(true);
        } catch (PasswordChangeException refused) {
            refused.errors().forEach((field, message) -> {
                var component = switch (field) {
                    case CURRENT -> current;
                    case NEW -> newPassword;
                    case CONFIRMATION -> confirm;
                };
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
        } finally {
            change.setEnabled(true);
        }
    }

    private void clearErrors() {
        notice.setVisible(false);
        for (var field : List.<HasValidation>of(current, newPassword, confirm)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
