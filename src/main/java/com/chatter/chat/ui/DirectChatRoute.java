package com.chatter.chat.ui;

import com.chatter.account.AccountService;
import com.chatter.chat.ChatService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /with/{username}}: opens the chat with that person, starting it when there is none (the target of
 * {@code @username} mentions). Unknown people, and yourself, are "not found".
 */
@Route("with/:username")
@PageTitle("Chat · Chatter")
@PermitAll
class DirectChatRoute extends Div implements BeforeEnterObserver {

    private final AccountService accounts;
    private final ChatService chat;

    DirectChatRoute(AccountService accounts, ChatService chat) {
        this.accounts = accounts;
        this.chat = chat;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var person = event.getRouteParameters().get("username").flatMap(accounts::findByUsername);
        try {
            var id = chat.openDirect(person.orElseThrow(() -> new IllegalArgumentException("No such person")).id());
            event.forwardTo(ChatRoomView.class, new RouteParameters(ChatRoomView.PARAMETER, id.toString()));
        } catch (IllegalArgumentException nobody) {
            event.rerouteToError(NotFoundException.class, "Person not found");
        }
    }
}
