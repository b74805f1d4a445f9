package com.chatter.realtime;

import java.io.Serializable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default relay: one instance, events delivered synchronously and in order to the listeners on this JVM. */
@Component
@ConditionalOnProperty(name = "chat.relay", havingValue = "memory", matchIfMissing = true)
class InMemoryBroadcaster implements Broadcaster {

    private final LocalSubscribers subscribers = new LocalSubscribers();

    @Override
    public void publish(String channel, Serializable event) {
        subscribers.deliver(channel, event);
    }

    @Override
    public Subscription subscribe(String channel, RelayListener listener) {
        return subscribers.add(channel, listener);
    }
}
