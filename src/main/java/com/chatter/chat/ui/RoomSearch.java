package com.chatter.chat.ui;

import com.chatter.base.ui.TimeLabels;
import com.chatter.search.MessageSearch;
import com.chatter.search.NoSuchChatException;
import com.chatter.search.SearchHit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Search in the open chat ({@code message-search}): results newest first ({@code search-result-{messageId}}) with
 * the match highlighted, a page at a time ({@code message-search-more}); a result opens the message in context.
 */
class RoomSearch extends Div {

    static final int PAGE = 20;

    // The panel's parts, made when it opens (null while it is closed).
    @Nullable TextField field;
    @Nullable Div results;
    @Nullable Button more;
    @Nullable Button closeButton;
    private final MessageSearch search;
    private final Supplier<Long> conversation;
    private final Supplier<TimeLabels> labels;
    private final Function<SearchHit, String> senderName;
    private final Consumer<SearchHit> onOpen;
    private @Nullable Long next;

    RoomSearch(MessageSearch search, Supplier<Long> conversation, Supplier<TimeLabels> labels,
            Function<SearchHit, String> senderName, Consumer<SearchHit> onOpen) {
        this.search = search;
        this.conversation = conversation;
        this.labels = labels;
        this.senderName = senderName;
        this.onOpen = onOpen;
        setId("message-search");
        addClassName("message-search");
        getElement().setAttribute("role", "search");
        setVisible(false);
        // Esc anywhere in the panel closes it.
        getElement().addEventListener("keydown", e -> close()).setFilter("event.key === 'Escape'");
    }

    void open() {
        if (field == null) {
            build();
        }
        setVisible(true);
        field.focus();
    }

    private void build() {
        field = new TextField();
        field.setId("message-search-input");
        field.setPlaceholder("Search messages");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> run());
        field.setAriaLabel("Search messages in this chat");
        // A text field with a clear button takes Esc for itself while it holds text (it clears, and stops the
        // event): heard on the field itself, Esc closes the search as it does everywhere else in it.
        field.getElement().addEventListener("keydown", e -> close()).setFilter("event.key === 'Escape'");
        closeButton = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        closeButton.setId("message-search-close");
        closeButton.addThemeVariants(ButtonVariant.TERTIARY);
        closeButton.setAriaLabel("Close search");
        var top = new Div(field, closeButton);
        top.addClassName("message-search-top");
        results = new Div();
        results.setId("message-search-results");
        results.addClassName("search-results");
        more = new Button("More results", e -> page());
        more.setId("message-search-more");
        more.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        more.setVisible(false);
        add(top, results, more);
    }

    /** Hides the panel and drops its parts (made again when it next opens). */
    void close() {
        setVisible(false);
        removeAll();
        field = null;
        results = null;
        more = null;
        closeButton = null;
        next = null;
    }

    void toggle() {
        if (isVisible()) {
            close();
        } else {
            open();
        }
    }

    private void run() {
        if (field == null || results == null || more == null) {
            return;
        }
        results.removeAll();
        next = null;
        more.setVisible(false);
        if (MessageSearch.normalise(field.getValue()).isEmpty()) {
            return;
        }
        page();
        if (results != null && results.getComponentCount() == 0) {
            var empty = new Paragraph("No messages found");
            empty.addClassName("search-empty");
            results.add(empty);
        }
    }

    private void page() {
        if (field == null || results == null || more == null) {
            return;
        }
        var query = MessageSearch.normalise(field.getValue());
        try {
            var found = search.inConversation(conversation.get(), query, next, PAGE);
            found.hits().forEach(hit -> results.add(item(hit, query)));
            next = found.next();
            more.setVisible(next != null);
        } catch (NoSuchChatException gone) {
            close();
        }
    }

    private Div item(SearchHit hit, String query) {
        var who = new Span(senderName.apply(hit));
        who.addClassName("search-result-sender");
        var when = new Span(labels.get().listLabel(hit.createdAt()));
        when.addClassName("search-result-time");
        var line = new Div(who, when);
        line.addClassName("search-result-line");
        var item = new Div(line, SearchSnippet.of(hit.content(), query));
        item.setId("search-result-" + hit.messageId());
        item.addClassName("search-result");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("role", "button");
        item.addClickListener(e -> onOpen.accept(hit));
        item.getElement().addEventListener("keydown", e -> onOpen.accept(hit)).setFilter("event.key === 'Enter'");
        return item;
    }
}
