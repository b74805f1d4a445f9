package com.chatter.realtime;

import java.io.Serializable;

/** Receives the events of one channel. Implementations must return quickly and not block. */
public interface RelayListener {

    void onEvent(Serializable event);

    /** Events may have been lost (e.g. the relay reconnected): re-read the state from its source of truth. */
    default void onResync() {
    }
}
