package com.chatter.chat.ui;

import com.chatter.presence.PresenceService;
import com.chatter.presence.ui.LastSeenPrivacy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Privacy and notification settings, in the frame: who can see my last seen ({@link LastSeenPrivacy}) and desktop
 * notifications ({@link NotificationToggle}). Its sections are components, so an account settings page can hold them.
 */
@Route(value = "settings/privacy", layout = ChatLayout.class)
@PageTitle("Settings · Chatter")
@PermitAll
class SettingsView extends Div {

    SettingsView(PresenceService presence) {
        setId("settings-privacy");
        addClassName("settings-view");
        var back = new Button(VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ChatHomeView.class)));
        back.setId("settings-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setAriaLabel("Back to chats");
        var title = new H2("Settings");
        var header = new Div(back, title);
        header.addClassName("settings-header");
        var notifications = new Div(new H3("Notifications"), new NotificationToggle());
        notifications.addClassName("settings-section");
        var sections = new Div(new LastSeenPrivacy(presence), notifications);
        sections.addClassName("settings-sections");
        add(header, sections);
    }
}
