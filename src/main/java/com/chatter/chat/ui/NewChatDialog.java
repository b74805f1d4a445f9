package com.chatter.chat.ui;

import com.chatter.base.ui.Bidi;
import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Finds another person by username or display name and opens the conversation with them. */
class NewChatDialog extends Dialog {

    final TextField search = new TextField();
    final Div results = new Div();
    private final Paragraph empty = new Paragraph();
    /** The rows shown now, by person, in their order. */
    private final Map<UserId, Div> rows = new LinkedHashMap<>();

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
        results.getElement().setAttribute("role", "group");
        results.getElement().setAttribute("aria-label", "People");
        empty.addClassName("new-chat-empty");
        add(search, results);
        setWidth("min(420px, 100vw)");
        setMaxHeight("min(640px, 100dvh)");
        showResults();
    }

    /**
     * Shows the people found for the search text. Rows of people who are still in the results stay the very same
     * components: a click on a row that is already visible (typed while the results redraw) is never lost on a
     * replaced element. Only rows that come or go, or change place, are touched.
     */
    private void showResults() {
        var found = accounts.search(search.getValue(), me);
        var shown = new ArrayList<Component>(found.size());
        var kept = new LinkedHashMap<UserId, Div>();
        for (var user : found) {
            var row = rows.get(user.id());
            if (row == null) {
                row = row(user);
            }
            kept.put(user.id(), row);
            shown.add(row);
        }
        rows.clear();
        rows.putAll(kept);
        if (found.isEmpty()) {
            empty.setText(search.getValue().isBlank() ? "Nobody else has joined yet. Invite someone to register!"
                    : "Nobody found for “" + search.getValue().strip() + "”.");
            shown.add(empty);
        }
        var current = results.getChildren().toList();
        if (current.equals(shown)) {
            return;
        }
        current.stream().filter(child -> !shown.contains(child)).forEach(results::remove);
        for (int i = 0; i < shown.size(); i++) {
            var component = shown.get(i);
            var children = results.getChildren().toList();
            if (i >= children.size() || children.get(i) != component) {
                results.addComponentAtIndex(i, component);
            }
        }
    }

    private Div row(UserSummary user) {
        var name = new Span(user.displayName());
        name.addClassName("new-chat-name");
        Bidi.isolated(name);
        var username = new Span("@" + user.username());
        username.addClassName("new-chat-username");
        var text = new Div(name, username);
        text.addClassName("new-chat-text");
        BotBadges.afterName(name, user.bot());
        var row = new Div(BotBadges.avatar(user), text);
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
