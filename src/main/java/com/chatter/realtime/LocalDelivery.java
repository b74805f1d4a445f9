package com.chatter.realtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands events to this instance's listeners on the relay's own dispatch lanes, never on the thread that published
 * them: a send's cost is one queued task per channel, whatever the number of open views behind it, and a
 * recipient's view work (with its own service calls and transactions) runs on a lane thread.
 *
 * <ul>
 * <li><b>Ordered per channel:</b> the tasks of one channel always run on the same single-thread lane.</li>
 * <li><b>Bounded:</b> every lane has a bounded queue. An event that does not fit is dropped, and the listeners of
 * its channel are asked to resync from the database shortly after instead, so nothing is lost for good and
 * memory stays bounded.</li>
 * <li><b>Drained on shutdown:</b> {@link #close()} stops taking events and runs what is queued first.</li>
 * </ul>
 */
final class LocalDelivery implements AutoCloseable {

    private final LocalSubscribers subscribers = new LocalSubscribers();
    private final OrderedDispatcher lanes;
    private final MeterRegistry meters;
    private final Set<String> resyncPending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean resyncAllPending = new AtomicBoolean();
    private final ScheduledExecutorService resyncTimer = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("relay-resync").daemon().unstarted(task));

    /** Registers the relay's shared meters: listeners, queued events and dropped events by reason. */
    LocalDelivery(String name, int laneCount, int queueCapacity, MeterRegistry meters) {
        this.lanes = new OrderedDispatcher(name, laneCount, queueCapacity);
        this.meters = meters;
        Gauge.builder("chat.relay.listeners", this, LocalDelivery::listenerCount)
                .description("Live subscriptions of this instance's open views").register(meters);
        Gauge.builder("chat.relay.queued", this, LocalDelivery::queued)
                .description("Events waiting to be delivered to this instance's views").register(meters);
        resyncTimer.scheduleWithFixedDelay(this::flushResyncs, 100, 100, TimeUnit.MILLISECONDS);
    }

    Subscription subscribe(String channel, RelayListener listener) {
        return subscribers.add(channel, listener);
    }

    /** Queues the event for the channel's listeners on this instance; returns at once. */
    void deliver(String channel, Serializable event) {
        if (subscribers.hasListeners(channel)) {
            dispatch(channel, () -> subscribers.deliver(channel, event));
        }
    }

    /** Runs a task on the channel's lane (e.g. decoding then {@link #deliverNow}); false when it was dropped. */
    boolean dispatch(String channel, Runnable task) {
        if (lanes.dispatch(channel, task)) {
            return true;
        }
        dropped("dispatch-queue-full");
        resyncPending.add(channel);
        return false;
    }

    /** Counts an event the relay could not pass on (views catch up from the database instead). */
    void dropped(String reason) {
        Counter.builder("chat.relay.events.dropped").tag("reason", reason)
                .description("Events the relay could not pass on; views catch up from the database")
                .register(meters).increment();
    }

    /** Delivers on the calling thread: only for tasks already running on the channel's lane. */
    void deliverNow(String channel, Serializable event) {
        subscribers.deliver(channel, event);
    }

    /** Every listener on this instance re-reads its state soon (events may have been lost anywhere). */
    void resyncAllSoon() {
        resyncAllPending.set(true);
    }

    /** The listeners of one channel re-read their state soon. */
    void resyncSoon(String channel) {
        resyncPending.add(channel);
    }

    private void flushResyncs() {
        if (resyncAllPending.getAndSet(false)) {
            resyncPending.clear();
            subscribers.resyncAll();
        }
        for (var channel : resyncPending) {
            resyncPending.remove(channel);
            subscribers.resync(channel);
        }
    }

    boolean hasListeners(String channel) {
        return subscribers.hasListeners(channel);
    }

    int queued() {
        return lanes.queued();
    }

    int listenerCount() {
        return subscribers.listenerCount();
    }

    @Override
    public void close() {
        resyncTimer.shutdownNow();
        lanes.close();
    }
}
