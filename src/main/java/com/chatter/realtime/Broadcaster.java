package com.chatter.realtime;

import java.io.Serializable;

/**
 * Relays events between the open sessions of the application, on this instance and, depending on the
 * implementation, on every other instance. It knows nothing about what the events mean.
 *
 * <p>Delivery is at most once and, per channel, in publishing order. The database stays the source of truth:
 * when an implementation may have lost events (a lost connection that came back), it calls
 * {@link RelayListener#onResync()} so subscribers re-read what they show.
 */
public interface Broadcaster {

    /** Delivers the event to every subscriber of the channel. Never throws because a relay is unavailable. */
    void publish(String channel, Serializable event);

    /** Subscribes to a channel until the returned subscription is closed. */
    Subscription subscribe(String channel, RelayListener listener);
}
