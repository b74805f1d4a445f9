package com.chatter.chat.ui;

import com.chatter.base.ui.TimeLabels;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;

/**
 * The day separator ("Today", "Yesterday", a date) above a day's first bubble in a {@link MessageList}: it carries
 * its day in {@code data-day}.
 */
final class DaySeparators {

    private DaySeparators() {
    }

    static Element of(TimeLabels labels, LocalDate day) {
        var label = new Element("span");
        label.setText(labels.dayLabel(day));
        var separator = new Element("div");
        separator.getClassList().add("day-separator");
        separator.setAttribute("data-day", day.toString());
        separator.appendChild(label);
        return separator;
    }
}
