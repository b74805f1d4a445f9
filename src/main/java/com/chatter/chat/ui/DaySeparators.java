package com.chatter.chat.ui;

import com.chatter.base.ui.TimeLabels;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The day separators ("Today", "Yesterday", a date) between the bubbles of a {@link MessageList}'s column, whose
 * first child is the "load older" button: a separator carries its day in {@code data-day}.
 */
final class DaySeparators {

    private static final String DAY = "data-day";

    private DaySeparators() {
    }

    static Element of(TimeLabels labels, LocalDate day) {
        var label = new Element("span");
        label.setText(labels.dayLabel(day));
        var separator = new Element("div");
        separator.getClassList().add("day-separator");
        separator.setAttribute(DAY, day.toString());
        separator.appendChild(label);
        return separator;
    }

    static boolean is(Element element) {
        return element.hasAttribute(DAY);
    }

    /** The day of the first separator (right after the button), or null when the column has no bubbles. */
    static @Nullable LocalDate first(Element column) {
        return column.getChildCount() > 1 ? LocalDate.parse(column.getChild(1).getAttribute(DAY)) : null;
    }

    /** The day of the last separator, or null when there is none. */
    static @Nullable LocalDate last(Element column) {
        for (int i = column.getChildCount() - 1; i > 0; i--) {
            if (is(column.getChild(i))) {
                return LocalDate.parse(column.getChild(i).getAttribute(DAY));
            }
        }
        return null;
    }

    /** Removes the separators at the top that no bubble follows any more (after the oldest bubbles went). */
    static void removeOrphansAtTop(Element column) {
        while (column.getChildCount() > 1 && is(column.getChild(1))
                && (column.getChildCount() == 2 || is(column.getChild(2)))) {
            column.removeChild(1);
        }
    }

    /** Removes the separators at the bottom that no bubble follows any more (after the newest bubbles went). */
    static void removeOrphansAtBottom(Element column) {
        while (column.getChildCount() > 1 && is(column.getChild(column.getChildCount() - 1))) {
            column.removeChild(column.getChildCount() - 1);
        }
    }

    /** After the child at {@code index} was removed: the separator before it goes if its day has no bubble left. */
    static void removeOrphanBefore(Element column, int index) {
        if (index > 1 && is(column.getChild(index - 1))
                && (index >= column.getChildCount() || is(column.getChild(index)))) {
            column.removeChild(index - 1);
        }
    }
}
