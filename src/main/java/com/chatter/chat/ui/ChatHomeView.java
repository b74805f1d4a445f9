package com.chatter.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The home page: the chat list (in the layout) and, on wide screens, a friendly empty state beside it. */
@Route(value = "", layout = ChatLayout.class)
@PageTitle("Chatter")
@PermitAll
class ChatHomeView extends Div {

    ChatHomeView() {
        setId("chat-empty-state");
        addClassName("empty-state");
        var icon = VaadinIcon.CHAT.create();
        icon.addClassName("empty-state-icon");
        add(icon, new H2("Chatter Web"),
                new Paragraph("Send and receive messages in real time. Pick a chat on the left, "
                        + "or start a new one with the + button."),
                new Paragraph("Your messages are kept on the server, so they are here on every device you log in from."));
    }
}
