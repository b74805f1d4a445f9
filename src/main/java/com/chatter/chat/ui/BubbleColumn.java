package com.chatter.chat.ui;

import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ChatMessage;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The bubbles of a {@link MessageList} in their column, by sequence number, with a day separator above each day's
 * first bubble and the unread divider while shown. The column's first child is the "load older" button; which
 * bubbles are kept (the window) is the list's decision.
 */
final class BubbleColumn {

    private final Element column;
    private final Function<ChatMessage, Element> draw;
    private final NavigableMap<Long, Element> bubbles = new TreeMap<>();
    private TimeLabels labels;
    private @Nullable LocalDate firstDay;
    private @Nullable LocalDate lastDay;
    /** The "n unread messages" divider above the first unread bubble, while shown (see {@link UnreadDivider}). */
    private @Nullable Element divider;

    /** @param draw draws the bubble of a message */
    BubbleColumn(Element column, Function<ChatMessage, Element> draw) {
        this.column = column;
        this.draw = draw;
    }

    /** Forgets every bubble (the caller empties the column and puts the button back first). */
    void clear(TimeLabels newLabels) {
        labels = newLabels;
        divider = null;
        bubbles.clear();
        firstDay = null;
        lastDay = null;
    }

    /** Puts older messages (oldest first, all older than the oldest shown) above the others. */
    void prepend(List<ChatMessage> older) {
        var elements = new ArrayList<Element>();
        LocalDate day = null;
        for (var message : older) {
            var messageDay = labels.day(message.createdAt());
            if (!messageDay.equals(day)) {
                elements.add(DaySeparators.of(labels, messageDay));
                day = messageDay;
            }
            elements.add(keep(message));
        }
        if (day != null && day.equals(firstDay)) {
            // The page ends on the day that the list began with: that day's separator moves up.
            column.removeChild(1);
        }
        firstDay = labels.day(older.getFirst().createdAt());
        if (lastDay == null) {
            lastDay = day;
        }
        column.insertChild(1, elements.toArray(Element[]::new));
    }

    /** Puts a message below the others. */
    void append(ChatMessage message) {
        var day = labels.day(message.createdAt());
        if (!day.equals(lastDay)) {
            column.appendChild(DaySeparators.of(labels, day));
            lastDay = day;
        }
        if (firstDay == null) {
            firstDay = day;
        }
        column.appendChild(keep(message));
    }

    /** Removes the oldest bubbles until {@code keep} are left, and the day separators left without bubbles. */
    void dropOldest(int keep) {
        removeDivider();
        while (bubbles.size() > keep) {
            column.removeChild(bubbles.pollFirstEntry().getValue());
        }
        DaySeparators.removeOrphansAtTop(column);
        firstDay = DaySeparators.first(column);
        if (firstDay == null) {
            lastDay = null;
        }
    }

    /** Removes the newest bubbles until {@code keep} are left, and the day separators left without bubbles. */
    void dropNewest(int keep) {
        removeDivider();
        while (bubbles.size() > keep) {
            column.removeChild(bubbles.pollLastEntry().getValue());
        }
        DaySeparators.removeOrphansAtBottom(column);
        lastDay = bubbles.isEmpty() ? null : DaySeparators.last(column);
    }

    /** Takes one bubble away, and its day separator if it was the day's last. */
    void remove(long seq) {
        var bubble = bubbles.remove(seq);
        if (bubble == null) {
            return;
        }
        int index = column.indexOfChild(bubble);
        column.removeChild(bubble);
        DaySeparators.removeOrphanBefore(column, index);
        firstDay = DaySeparators.first(column);
        lastDay = bubbles.isEmpty() ? null : DaySeparators.last(column);
    }

    /** Puts the divider above the bubble of {@code seq} (when shown); true when it was placed. */
    boolean placeDivider(Element element, long seq) {
        removeDivider();
        var bubble = bubbles.get(seq);
        if (bubble == null) {
            return false;
        }
        column.insertChild(column.indexOfChild(bubble), element);
        divider = element;
        return true;
    }

    void removeDivider() {
        if (divider != null) {
            divider.removeFromParent();
            divider = null;
        }
    }

    int size() {
        return bubbles.size();
    }

    /** The oldest message shown, or {@link Long#MAX_VALUE} when none is. */
    long oldestSeq() {
        return bubbles.isEmpty() ? Long.MAX_VALUE : bubbles.firstKey();
    }

    @Nullable Element at(long seq) {
        return bubbles.get(seq);
    }

    NavigableMap<Long, Element> bySeq() {
        return java.util.Collections.unmodifiableNavigableMap(bubbles);
    }

    Collection<Element> all() {
        return bubbles.values();
    }

    private Element keep(ChatMessage message) {
        var bubble = draw.apply(message);
        bubbles.put(message.seq(), bubble);
        return bubble;
    }
}
