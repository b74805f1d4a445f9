package com.chatter.security;

import com.chatter.account.UserId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Vaadin sessions open on this instance, so that ending a login also ends its open pages at once: each page
 * (UI) is sent to the login page over Push, instead of staying on screen until its next request.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    static final String LOGIN_PATH = "login";
    private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);

    /** How long the pages of an ended session get to receive "go to the login page" before the session ends. */
    private static final Executor END_LATER = CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    /** Sends every page of the session except {@code keep} to the login page now (the session lock is held). */
    static void leaveAllPages(VaadinSession session, @Nullable UI keep) {
        for (var ui : session.getUIs()) {
            if (ui == keep || ui.isClosing()) {
                continue;
            }
            try {
                ui.getPage().setLocation(LOGIN_PATH);
                ui.push();
            } catch (RuntimeException e) {
                log.debug("Could not send an open page to the login page", e);
            }
        }
    }

    /**
     * Ends the user's sessions on this instance that logged in under an older credentials version than
     * {@code version} (the password changed since): their pages go to the login page now, their HTTP sessions end
     * a moment later.
     */
    void endOutdatedSessions(UserId user, int version) {
        for (var session : sessions) {
            var wrapped = session.getSession();
            if (wrapped == null || !outdated(wrapped, user, version)) {
                continue;
            }
            // The pages are told first; the session ends a moment later. Invalidating it at once would close the
            // pages' Push sockets while the "go to the login page" message is still being written to them, and
            // they would stay on screen. Meanwhile every request of that session is refused already: its
            // credentials version is outdated (SessionGuard).
            session.access(() -> leaveAllPages(session, null));
            END_LATER.execute(() -> session.access(() -> {
                try {
                    wrapped.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile (e.g. its page went to the login page)
                }
            }));
        }
    }

    private static boolean outdated(WrappedSession session, UserId user, int version) {
        try {
            return Long.valueOf(user.value()).equals(session.getAttribute(SessionGuard.LOGGED_IN_AS))
                    && session.getAttribute(SessionGuard.CREDENTIALS_VERSION) instanceof Integer stamped
                    && stamped < version;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
