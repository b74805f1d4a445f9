package com.chatter.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as a chat shows them, in the viewer's time zone. */
public final class TimeLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH);

    private final ZoneId zone;
    private final LocalDate today;

    public TimeLabels(ZoneId zone, Instant now) {
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Clock time of a message: "14:05". */
    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** The chat list's label: the time today, "Yesterday", the weekday within a week, else the date. */
    public String listLabel(Instant instant) {
        var day = day(instant);
        if (day.equals(today)) {
            return time(instant);
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        if (day.isAfter(today.minusDays(7))) {
            return WEEKDAY.format(day);
        }
        return DATE.format(day);
    }

    /** A day separator in a chat: "Today", "Yesterday", or the date. */
    public String dayLabel(LocalDate day) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return LONG_DATE.format(day);
    }

    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
