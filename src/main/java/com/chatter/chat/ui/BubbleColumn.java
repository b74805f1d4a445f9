package com.chatter.chat.ui;

import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageId;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link MessageList} shows, as data: the messages of its bubbles by sequence number, and where the unread
 * divider is. The rows drawn from it – a day separator above each day's first bubble, the divider above its
 * bubble, the bubbles – are drawn in the browser ({@link ClientRows}); the server keeps only the messages. Which
 * messages are kept (the window) is the list's decision.
 */
final class BubbleColumn {

    /** The divider's row key. */
    static final String DIVIDER = "unread";

    private final NavigableMap<Long, ChatMessage> messages = new TreeMap<>();
    /** The "n unread messages" divider above the bubble of this seq while shown, else 0 (see {@link UnreadDivider}). */
    private long dividerSeq;
    private String dividerLabel = "";
    /** Answers only this person sees, each below the newest bubble when it came (see {@link EphemeralBubble}). */
    private List<Ephemeral> ephemerals = List.of();

    private record Ephemeral(long after, Element element) {
    }

    /** What takes the rows, each with its key. */
    interface Rows {

        void separator(String key, LocalDate day);

        void divider(String key, String label);

        void bubble(String key, ChatMessage message);

        void ephemeral(String key, Element element);
    }

    void clear() {
        messages.clear();
        dividerSeq = 0;
        ephemerals = List.of();
    }

    /** Shows an element below the newest bubble that is no message (an answer only this person sees). */
    void appendEphemeral(long afterSeq, Element element) {
        var more = new java.util.ArrayList<>(ephemerals);
        more.add(new Ephemeral(afterSeq, element));
        ephemerals = List.copyOf(more);
    }

    /** Puts older messages (oldest first, all older than the oldest shown) above the others. */
    void prepend(List<ChatMessage> older) {
        older.forEach(this::append);
    }

    /** Puts a message in its place (below the others when it is the newest). */
    void append(ChatMessage message) {
        messages.put(message.seq(), message);
    }

    /** Removes the oldest bubbles until {@code keep} are left. */
    void dropOldest(int keep) {
        removeDivider();
        while (messages.size() > keep) {
            messages.pollFirstEntry();
        }
    }

    /** Removes the newest bubbles until {@code keep} are left. */
    void dropNewest(int keep) {
        removeDivider();
        while (messages.size() > keep) {
            messages.pollLastEntry();
        }
    }

    /** Takes one bubble away. */
    void remove(long seq) {
        messages.remove(seq);
    }

    /** Changes the message of a bubble shown; false when it is not shown. */
    boolean change(long seq, MessageId id, UnaryOperator<ChatMessage> change) {
        var message = messages.get(seq);
        if (message == null || !message.id().equals(id)) {
            return false;
        }
        messages.put(seq, change.apply(message));
        return true;
    }

    /** Puts the divider above the bubble of {@code seq} (when shown); true when it was placed. */
    boolean placeDivider(long seq, String label) {
        removeDivider();
        if (!messages.containsKey(seq)) {
            return false;
        }
        dividerSeq = seq;
        dividerLabel = label;
        return true;
    }

    void removeDivider() {
        dividerSeq = 0;
    }

    boolean hasDivider() {
        return dividerSeq > 0;
    }

    int size() {
        return messages.size();
    }

    /** The oldest message shown, or {@link Long#MAX_VALUE} when none is. */
    long oldestSeq() {
        return messages.isEmpty() ? Long.MAX_VALUE : messages.firstKey();
    }

    @Nullable ChatMessage at(long seq) {
        return messages.get(seq);
    }

    /** The messages shown with {@code from < seq <= to}. */
    Collection<ChatMessage> between(long from, long to) {
        return from >= to ? List.of() : messages.subMap(from, false, to, true).values();
    }

    Collection<ChatMessage> all() {
        return java.util.Collections.unmodifiableCollection(messages.values());
    }

    /**
     * Every row in order: day separators, the divider, bubbles, and the answers only I see below the bubble that was
     * the newest when they came (those below a bubble no longer shown are not drawn).
     */
    void rows(TimeLabels labels, Rows rows) {
        LocalDate day = null;
        int next = 0;
        while (!messages.isEmpty() && next < ephemerals.size() && ephemerals.get(next).after() < oldestSeq()) {
            next++; // below bubbles that are no longer shown
        }
        for (var message : messages.values()) {
            var messageDay = labels.day(message.createdAt());
            if (!messageDay.equals(day)) {
                day = messageDay;
                rows.separator("day-" + day, day);
            }
            if (message.seq() == dividerSeq) {
                rows.divider(DIVIDER, dividerLabel);
            }
            rows.bubble(key(message.seq()), message);
            while (next < ephemerals.size() && ephemerals.get(next).after() <= message.seq()) {
                rows.ephemeral("e" + next, ephemerals.get(next).element());
                next++;
            }
        }
        for (; next < ephemerals.size(); next++) {
            rows.ephemeral("e" + next, ephemerals.get(next).element()); // an empty chat, or newest bubbles dropped
        }
    }

    /** A bubble row's key. */
    static String key(long seq) {
        return "m" + seq;
    }
}
