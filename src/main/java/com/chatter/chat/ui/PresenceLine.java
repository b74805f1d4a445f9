package com.chatter.chat.ui;

import com.chatter.account.UserSummary;
import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.LiveUpdates;
import com.chatter.base.ui.TimeLabels;
import com.chatter.presence.Presence;
import com.chatter.presence.PresenceChanged;
import com.chatter.presence.PresenceService;
import com.chatter.realtime.Subscription;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The room header's presence: "online", "last seen today at 14:05", "last seen yesterday at 14:05" or "last seen
 * 28/11/2026 at 14:05" (the username when nothing may be shown); live, through the person's presence channel, which
 * this line subscribes to while their chat is open ("typing…" still wins, see {@link RoomHeader#setStatusText}).
 */
final class PresenceLine {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final PresenceService presence;
    private final RoomHeader header;
    private final Clock clock;
    private @Nullable Subscription subscription;
    private @Nullable UserSummary person;
    private @Nullable Presence current;

    PresenceLine(PresenceService presence, RoomHeader header, Clock clock) {
        this.presence = presence;
        this.header = header;
        this.clock = clock;
    }

    void show(UI ui, UserSummary other) {
        close();
        person = other;
        var updates = new LiveUpdates<PresenceChanged>(ui, batch -> {
            current = presence.visibleTo(batch.getLast());
            render(ui);
        }, () -> refresh(ui));
        subscription = presence.subscribe(other.id(), updates::offer, updates::requestResync);
        refresh(ui);
    }

    private void refresh(UI ui) {
        if (person != null) {
            current = presence.presenceOf(person.id());
            render(ui);
        }
    }

    private void render(UI ui) {
        if (person != null && current != null) {
            var now = clock.instant();
            header.setStatusText(text(current, person, new TimeLabels(ClientTimeZone.of(ui), now), now));
        }
    }

    static String text(Presence presence, UserSummary person, TimeLabels labels, java.time.Instant now) {
        if (presence.online()) {
            return "online";
        }
        var seen = presence.lastSeenAt();
        if (seen == null) {
            return "@" + person.username();
        }
        var day = labels.day(seen);
        var today = labels.day(now);
        String when = day.equals(today) ? "today" : day.equals(today.minusDays(1)) ? "yesterday" : DATE.format(day);
        return "last seen " + when + " at " + labels.time(seen);
    }

    void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        person = null;
        current = null;
    }
}
