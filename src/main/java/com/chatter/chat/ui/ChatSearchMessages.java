package com.chatter.chat.ui;

import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.TimeLabels;
import com.chatter.account.UserId;
import com.chatter.search.MessageSearch;
import com.chatter.search.SearchHit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The "Messages" section below the chats while the chat list's {@code chat-search} holds a text: messages of all my
 * chats containing it ({@code message-result-{messageId}}), newest first, the match highlighted; one opens its chat
 * at the message. Made for a search that found messages, and dropped with its results ({@link ChatLayout}).
 */
class ChatSearchMessages extends Div {

    static final int MIN_LENGTH = 2;
    static final int PAGE = 20;

    // The section's parts, made while it shows (null otherwise).
    @Nullable Div results;
    @Nullable Button more;
    private final MessageSearch search;
    private final Clock clock;
    private final UserId me;
    private String query = "";
    private @Nullable Long next;

    ChatSearchMessages(MessageSearch search, Clock clock, UserId me) {
        this.search = search;
        this.clock = clock;
        this.me = me;
        setId("chat-search-messages");
        addClassName("chat-search-messages");
    }

    /** Searches the messages of all my chats for {@code text}: true when it found some (and shows them). */
    boolean search(String text) {
        query = MessageSearch.normalise(text);
        next = null;
        removeAll();
        results = null;
        more = null;
        if (query.codePointCount(0, query.length()) < MIN_LENGTH) {
            return false;
        }
        var title = new Span("Messages");
        title.addClassName("chat-search-messages-title");
        results = new Div();
        results.addClassName("search-results");
        more = new Button("More messages", e -> page());
        more.setId("chat-search-messages-more");
        more.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        page();
        if (results.getComponentCount() == 0) {
            results = null;
            more = null;
            return false;
        }
        add(title, results, more);
        return true;
    }

    private void page() {
        if (results == null || more == null) {
            return;
        }
        var found = search.everywhere(query, next, PAGE);
        var labels = new TimeLabels(getUI().map(ClientTimeZone::of).orElse(ZoneId.systemDefault()), clock.instant());
        found.hits().forEach(hit -> results.add(item(hit, labels)));
        next = found.next();
        more.setVisible(next != null);
    }

    private Div item(SearchHit hit, TimeLabels labels) {
        var chat = new Span(hit.chatName());
        chat.addClassName("search-result-sender");
        var when = new Span(labels.listLabel(hit.createdAt()));
        when.addClassName("search-result-time");
        var line = new Div(chat, when);
        line.addClassName("search-result-line");
        var snippet = SearchSnippet.of((hit.senderId().equals(me) ? "You: " : "") + hit.content(), query);
        var item = new Div(line, snippet);
        item.setId("message-result-" + hit.messageId());
        item.addClassName("search-result");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("role", "link");
        item.addClickListener(e -> open(hit));
        item.getElement().addEventListener("keydown", e -> open(hit)).setFilter("event.key === 'Enter'");
        return item;
    }

    private void open(SearchHit hit) {
        getUI().ifPresent(ui -> MessageJump.openInChat(ui, hit.conversationId(), hit.messageId()));
    }
}
