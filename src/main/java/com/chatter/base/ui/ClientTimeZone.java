package com.chatter.base.ui;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;
import java.util.function.Consumer;

/** The browser's time zone, asked once per UI; the server's zone until the browser has answered. */
public final class ClientTimeZone {

    private static final String KEY = ClientTimeZone.class.getName();

    private ClientTimeZone() {
    }

    public static ZoneId of(UI ui) {
        var zone = ui.getSession() == null ? null : (ZoneId) ui.getSession().getAttribute(KEY);
        return zone != null ? zone : ZoneId.systemDefault();
    }

    /** Calls back once the browser's zone is known (at once when it already is). */
    public static void whenKnown(UI ui, Consumer<ZoneId> callback) {
        var session = ui.getSession();
        if (session != null && session.getAttribute(KEY) != null) {
            callback.accept((ZoneId) session.getAttribute(KEY));
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = details.getTimeZoneId() == null ? ZoneId.systemDefault() : ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknownZone) {
                zone = ZoneId.systemDefault();
            }
            if (ui.getSession() != null) {
                ui.getSession().setAttribute(KEY, zone);
            }
            callback.accept(zone);
        });
    }
}
