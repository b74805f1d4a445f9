package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ChatMessage;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The scrolling list of message bubbles with day separators. The scroller is anchored at the bottom (CSS
 * column-reverse around one inner column), so older pages added on top don't move what the user is reading.
 * Scrolling near the top asks for the next older page.
 */
class MessageList extends Div {

    private final Div column = new Div();
    final Button loadOlder = new Button("Load older messages");
    private final NavigableMap<Long, Div> bubbles = new TreeMap<>();
    private final Runnable onLoadOlder;
    private TimeLabels labels;
    private UserId me;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private long otherReadSeq;
    private long myReadSeq;

    MessageList(Runnable onLoadOlder) {
        this.onLoadOlder = onLoadOlder;
        setId("message-list");
        addClassName("message-list");
        getElement().setAttribute("role", "log");
        getElement().setAttribute("aria-live", "polite");
        column.addClassName("message-column");
        loadOlder.setId("load-older-button");
        loadOlder.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        loadOlder.addClassName("load-older");
        loadOlder.addClickListener(e -> onLoadOlder.run());
        loadOlder.setVisible(false);
        add(column);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Ask for older messages when the user scrolls close to the top (scrollTop is negative in a reversed flex).
        getElement().executeJs("""
                const el = this;
                if (el.__olderListener) return;
                let pending = false;
                el.__olderListener = () => {
                  if (pending || el.__noOlder) return;
                  if (Math.abs(el.scrollTop) + el.clientHeight >= el.scrollHeight - 120) {
                    pending = true;
                    el.$server.loadOlderFromScroll().finally(() => pending = false);
                  }
                };
                el.addEventListener('scroll', el.__olderListener, {passive: true});""");
    }

    @ClientCallable
    void loadOlderFromScroll() {
        if (loadOlder.isVisible()) {
            onLoadOlder.run();
        }
    }

    /** Shows a new conversation's newest page. */
    void reset(TimeLabels labels, UserId me, List<ChatMessage> newest, long myReadSeq, long otherReadSeq,
            boolean olderAvailable) {
        this.labels = labels;
        this.me = me;
        this.myReadSeq = myReadSeq;
        this.otherReadSeq = otherReadSeq;
        column.removeAll();
        bubbles.clear();
        firstDay = null;
        lastDay = null;
        column.add(loadOlder);
        newest.forEach(this::append);
        setOlderAvailable(olderAvailable);
        scrollToBottom();
    }

    void setOlderAvailable(boolean available) {
        loadOlder.setVisible(available);
        getElement().executeJs("this.__noOlder = $0", !available);
    }

    /** Adds a page of older messages (oldest first) above the ones shown. */
    void prepend(List<ChatMessage> older) {
        if (older.isEmpty()) {
            return;
        }
        var components = new ArrayList<Component>();
        LocalDate day = null;
        for (var message : older) {
            var messageDay = labels.day(message.createdAt());
            if (!messageDay.equals(day)) {
                components.add(separator(messageDay));
                day = messageDay;
            }
            components.add(bubble(message));
        }
        if (day != null && day.equals(firstDay)) {
            // The page ends on the day that the list began with: that day's separator moves up.
            column.getChildren().skip(1).findFirst().ifPresent(column::remove);
        }
        firstDay = labels.day(older.getFirst().createdAt());
        if (lastDay == null) {
            lastDay = day;
        }
        int index = 1;
        for (var component : components) {
            column.addComponentAtIndex(index++, component);
        }
    }

    /** Adds a message below the ones shown (the caller makes sure it is the next one). */
    void append(ChatMessage message) {
        var day = labels.day(message.createdAt());
        if (!day.equals(lastDay)) {
            column.add(separator(day));
            lastDay = day;
        }
        if (firstDay == null) {
            firstDay = day;
        }
        column.add(bubble(message));
    }

    long oldestSeq() {
        return bubbles.isEmpty() ? Long.MAX_VALUE : bubbles.firstKey();
    }

    long newestSeq() {
        return bubbles.isEmpty() ? 0 : bubbles.lastKey();
    }

    /** The other person has read up to {@code seq}: my messages up to there get blue ticks. */
    void otherReadUpTo(long seq) {
        if (seq > otherReadSeq) {
            otherReadSeq = seq;
            refreshStatuses();
        }
    }

    /** I have read up to {@code seq} (here or in another tab). */
    void iReadUpTo(long seq) {
        if (seq > myReadSeq) {
            myReadSeq = seq;
            refreshStatuses();
        }
    }

    void scrollToBottom() {
        getElement().executeJs("requestAnimationFrame(() => this.scrollTop = 0)");
    }

    private void refreshStatuses() {
        bubbles.forEach((seq, bubble) -> bubble.getElement().setAttribute("data-status", status(seq, bubble)));
    }

    private String status(long seq, Div bubble) {
        boolean mine = bubble.hasClassName("mine");
        return seq <= (mine ? otherReadSeq : myReadSeq) ? "read" : "sent";
    }

    private Div separator(LocalDate day) {
        var label = new Span(labels.dayLabel(day));
        var separator = new Div(label);
        separator.addClassName("day-separator");
        separator.getElement().setAttribute("data-day", day.toString());
        return separator;
    }

    private Div bubble(ChatMessage message) {
        boolean mine = message.senderId().equals(me);
        var text = new Span(message.content());
        text.addClassName("message-text");
        var time = new Span(labels.time(message.createdAt()));
        time.addClassName("message-time");
        var meta = new Span(time);
        meta.addClassName("message-meta");
        var bubble = new Div(text, meta);
        bubble.setId("message-" + message.id().value());
        bubble.addClassName("message");
        bubble.addClassName(mine ? "mine" : "theirs");
        bubble.getElement().setAttribute("data-seq", Long.toString(message.seq()));
        if (mine) {
            var ticks = new Span();
            ticks.addClassName("ticks");
            ticks.getElement().setAttribute("aria-hidden", "true");
            meta.add(ticks);
        }
        bubbles.put(message.seq(), bubble);
        bubble.getElement().setAttribute("data-status", status(message.seq(), bubble));
        return bubble;
    }
}
