package com.chatter.chat.ui;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import com.chatter.base.ui.Avatars;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Finds another person by username or display name and opens the conversation with them. */
class NewChatDialog extends Dialog {

    final TextField search = new TextField();
    final Div results = new Div();

    private final AccountService accounts;
    private final ChatService chat;
    private final UserId me;
    private final Consumer<ConversationId> onOpen;

    NewChatDialog(AccountService accounts, ChatService chat, UserId me, Consumer<ConversationId> onOpen) {
        this.accounts = accounts;
        this.chat = chat;
        this.me = me;
        this.onOpen = onOpen;
        setId("new-chat-dialog");
        addClassName("new-chat-dialog");
        setHeaderTitle("New chat");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel("Close");
        close.setId("new-chat-close");
        getHeader().add(close);

        search.setId("new-chat-search");
        search.setPlaceholder("Search by name or username");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(200);
        search.setWidthFull();
        search.addValueChangeListener(e -> showResults());
        search.setAutofocus(true);

        results.addClassName("new-chat-results");
        results.getElement().setAttribute("role", "list");
        add(search, results);
        setWidth("min(420px, 100vw)");
        setMaxHeight("min(640px, 100dvh)");
        showResults();
    }

    private void showResults() {
        results.removeAll();
        var found = accounts.search(search.getValue(), me);
        if (found.isEmpty()) {
            var text = search.getValue().isBlank() ? "Nobody else has joined yet. Invite someone to register!"
                    : "Nobody found for “" + search.getValue().strip() + "”.";
            var empty = new Paragraph(text);
            empty.addClassName("new-chat-empty");
            results.add(empty);
            return;
        }
        found.forEach(user -> results.add(row(user)));
    }

    private Div row(UserSummary user) {
        var name = new Span(user.displayName());
        name.addClassName("new-chat-name");
        var username = new Span("@" + user.username());
        username.addClassName("new-chat-username");
        var text = new Div(name, username);
        text.addClassName("new-chat-text");
        var row = new Div(Avatars.of(user.username(), user.displayName()), text);
        row.setId("new-chat-user-" + user.username());
        row.addClassName("new-chat-user");
        row.getElement().setAttribute("role", "button");
        row.getElement().setAttribute("tabindex", "0");
        row.addClickListener(e -> open(user));
        row.getElement().addEventListener("keydown", e -> open(user)).setFilter("event.key === 'Enter'");
        return row;
    }

    private void open(UserSummary user) {
        if (!isOpened()) {
            return; // a second click while the first one was being handled
        }
        var id = chat.openDirect(user.id());
        close();
        onOpen.accept(id);
    }
}
