package com.chatter.presence;

import com.chatter.account.AccountPrincipal;
import com.chatter.account.UserId;
import com.chatter.block.BlockService;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.RelayListener;
import com.chatter.realtime.Subscription;
import com.chatter.security.CurrentUser;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Presence: "online" while a person has any open page on any instance, else "last seen …"; and the privacy setting
 * "who can see my last seen" (everyone / nobody). Hiding it also hides everybody else's last seen from the person
 * who hides it, as WhatsApp does. Online itself stays visible. A blocked pair (either way) sees nothing of each
 * other's presence: offline, no last seen, no live changes.
 */
@Service
public class PresenceService {

    private final PresenceTracker tracker;
    private final PresenceStore store;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;
    private final BlockService blocks;

    PresenceService(PresenceTracker tracker, PresenceStore store, Broadcaster broadcaster, CurrentUser currentUser,
            BlockService blocks) {
        this.blocks = blocks;
        this.tracker = tracker;
        this.store = store;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    /**
     * The current user opened a page (a browser tab). Close the returned handle when the page goes away; closing
     * it again does nothing.
     */
    public AutoCloseable pageOpened() {
        var me = currentUser.require();
        tracker.opened(me);
        var open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                tracker.closed(me);
            }
        };
    }

    /** The person's presence as the current user may see it. */
    public Presence presenceOf(UserId person) {
        var me = currentUser.require();
        if (blocks.blockedEitherWay(me, person)) {
            return new Presence(person, false, null);
        }
        boolean online = tracker.online(person);
        var status = store.status(person.value());
        boolean hidden = status.hidden() || store.status(me.value()).hidden();
        return new Presence(person, online, hidden ? null : status.lastSeenAt().orElse(null));
    }

    /** True when the current user shows their last seen to everyone (the default). */
    public boolean lastSeenVisible() {
        return !store.status(currentUser.require().value()).hidden();
    }

    /** "Who can see my last seen": everyone ({@code true}) or nobody. Tells the pages that show the current user. */
    public void setLastSeenVisible(boolean visible) {
        var me = currentUser.require();
        store.setHidden(me.value(), !visible);
        tracker.publish(me, tracker.online(me));
    }

    /**
     * Live presence changes of one person (on a relay thread: hand the work to the UI with {@code ui.access}). The
     * event's last seen is the person's own choice; the viewer's own choice is applied by {@link #visibleTo}.
     */
    public Subscription subscribe(UserId person, Consumer<PresenceChanged> listener, Runnable onResync) {
        var viewer = currentUser.principal().map(AccountPrincipal::userId);
        return broadcaster.subscribe(PresenceTracker.channel(person), new RelayListener() {
            @Override
            public void onEvent(Serializable event) {
                if (event instanceof PresenceChanged changed
                        && (viewer.isEmpty() || !blocks.blockedEitherWay(viewer.get(), person))) {
                    listener.accept(changed);
                }
            }

            @Override
            public void onResync() {
                onResync.run();
            }
        });
    }

    /** The change as the current user may see it (their own hidden last seen hides everybody's). */
    public Presence visibleTo(PresenceChanged changed) {
        boolean hideMine = !lastSeenVisible();
        return new Presence(changed.userId(), changed.online(), hideMine ? null : changed.lastSeenAt());
    }
}
