package com.chatter.chat.ui;

import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.MessageActions;
import com.chatter.chat.StarredEntry;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** My starred messages ({@code starred-list}), newest star first; each opens the message in its chat. */
@Route(value = "starred", layout = ChatLayout.class)
@PageTitle("Starred messages · Chatter")
@PermitAll
class StarredView extends Div {

    static final int PAGE = 30;

    final Div list = new Div();
    final Button more = new Button("More");
    private final MessageActions actions;
    private final Clock clock;
    private @Nullable Instant next;

    StarredView(MessageActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        addClassName("starred-view");
        var back = new Button(VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ChatHomeView.class)));
        back.setId("starred-back");
        back.addClassName("starred-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setAriaLabel("Back to chats");
        var title = new H2("Starred messages");
        var header = new Div(back, title);
        header.addClassName("starred-title");
        list.setId("starred-list");
        list.addClassName("starred-list");
        list.getElement().setAttribute("role", "list");
        more.setId("starred-more");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> page());
        add(header, list, more);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        list.removeAll();
        next = null;
        page();
        if (list.getComponentCount() == 0) {
            var empty = new Paragraph("No starred messages yet. Star one from its menu in a chat.");
            empty.addClassName("starred-empty");
            list.add(empty);
        }
    }

    private void page() {
        var page = actions.starred(next, PAGE + 1);
        var labels = new TimeLabels(ClientTimeZone.of(getUI().orElseThrow()), clock.instant());
        page.stream().limit(PAGE).forEach(entry -> list.add(item(entry, labels)));
        next = page.size() > PAGE ? page.get(PAGE - 1).starredAt() : null;
        more.setVisible(next != null);
    }

    private Div item(StarredEntry entry, TimeLabels labels) {
        var message = entry.message();
        var chat = new Span(entry.chatName());
        chat.addClassName("search-result-sender");
        var when = new Span(labels.listLabel(message.createdAt()));
        when.addClassName("search-result-time");
        var line = new Div(chat, when);
        line.addClassName("search-result-line");
        var text = new Span(message.content());
        text.addClassName("search-snippet");
        var item = new Div(line, text);
        item.setId("starred-" + message.id().value());
        item.addClassNames("search-result", "starred-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("tabindex", "0");
        Runnable open = () -> getUI().ifPresent(ui -> MessageJump.openInChat(ui, message.conversationId().value(),
                message.id().value()));
        item.addClickListener(e -> open.run());
        item.getElement().addEventListener("keydown", e -> open.run()).setFilter("event.key === 'Enter'");
        return item;
    }
}
