package com.chatter.chat.ui;

import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.TimeLabels;
import com.chatter.account.UserId;
import com.chatter.search.MessageSearch;
import com.chatter.search.SearchHit;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
 * at the message.
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
        // Hidden by the attribute, not setVisible: the keyboard shortcuts (onAttach) must be installed at once.
        getElement().setAttribute("hidden", true);
    }

    /**
     * Ctrl+F (⌘F) or "/" focus search: the open room's search ({@code chat-search-button} opens it), else the chat
     * list's. "/" only when the focus is not in a text field (in the composer it starts a slash command).
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                if (window.__chatterSearchKeys) return;
                window.__chatterSearchKeys = e => {
                  const target = e.composedPath()[0] || e.target;
                  const inField = target && (target.isContentEditable
                      || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || ''));
                  const ctrlF = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key || '').toLowerCase() === 'f';
                  const slash = e.key === '/' && !inField && !e.ctrlKey && !e.metaKey && !e.altKey;
                  if (!ctrlF && !slash) return;
                  e.preventDefault();
                  const button = document.getElementById('chat-search-button');
                  const panel = document.getElementById('message-search');
                  if (button && button.offsetParent !== null) {
                    if (panel && !panel.hidden) document.getElementById('message-search-input').focus();
                    else button.click();
                  } else {
                    const field = document.getElementById('chat-search');
                    if (field) field.focus();
                  }
                };
                document.addEventListener('keydown', window.__chatterSearchKeys);""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("""
                if (window.__chatterSearchKeys) document.removeEventListener('keydown', window.__chatterSearchKeys);
                delete window.__chatterSearchKeys;""");
    }

    /** The chat list's search text changed. */
    void search(String text) {
        query = MessageSearch.normalise(text);
        next = null;
        removeAll();
        results = null;
        more = null;
        getElement().setAttribute("hidden", true);
        if (query.codePointCount(0, query.length()) < MIN_LENGTH) {
            return;
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
            return;
        }
        add(title, results, more);
        getElement().removeAttribute("hidden");
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
