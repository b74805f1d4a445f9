package com.chatter.realtime;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.Serializable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;

/**
 * The default relay: one instance. Events reach the listeners on this JVM through the relay's dispatch lanes (see
 * {@link LocalDelivery}): in order per channel, never on the publishing thread. Made by {@link RelayConfiguration}.
 */
class InMemoryBroadcaster implements Broadcaster, DisposableBean {

    private final LocalDelivery local;

    InMemoryBroadcaster(MeterRegistry meters,
            @Value("${chat.relay.dispatch.lanes:4}") int lanes,
            @Value("${chat.relay.dispatch.queue-capacity:10000}") int queueCapacity) {
        this.local = new LocalDelivery("relay-dispatch", lanes, queueCapacity, meters);
    }

    @Override
    public void publish(String channel, Serializable event) {
        local.deliver(channel, event);
    }

    @Override
    public Subscription subscribe(String channel, RelayListener listener) {
        return local.subscribe(channel, listener);
    }

    @Override
    public void resyncLocally(String channel) {
        local.resyncSoon(channel);
    }

    /** Graceful shutdown: what is queued is delivered first. */
    @Override
    public void destroy() {
        local.close();
    }
}
