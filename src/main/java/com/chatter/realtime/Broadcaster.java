package com.chatter.realtime;

import java.io.Serializable;

/**
 * Relays events between the open sessions of the application, on this instance and, depending on the
 * implementation, on every other instance. It knows nothing about what the events mean.
 *
 * <p>Delivery is at most once and, per channel, in publishing order. Listeners are called on the relay's own
 * dispatch threads, never on the thread that published. The database stays the source of truth:
 * when an implementation may have lost events (a lost connection that came back), it calls
 * {@link RelayListener#onResync()} so subscribers re-read what they show.
 */
public interface Broadcaster {

    /** Delivers the event to every subscriber of the channel. Never throws because a relay is unavailable. */
    void publish(String channel, Serializable event);

    /** Subscribes to a channel until the returned subscription is closed. */
    Subscription subscribe(String channel, RelayListener listener);

    /**
     * Asks the listeners of the channel on this instance only to resync soon ({@link RelayListener#onResync()}),
     * e.g. when the source of truth shows something that this instance's relay never delivered.
     */
    void resyncLocally(String channel);
}
