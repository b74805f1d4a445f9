package com.chatter.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Moves events from relay threads into one UI, in order, in batches: a burst of events becomes one
 * {@code ui.access} call and one push. When more than {@link #MAX_QUEUED} events wait, they are dropped and the
 * view is asked to resync from the database instead, so memory stays bounded.
 */
public final class LiveUpdates<T> {

    public static final int MAX_QUEUED = 1_000;

    private final UI ui;
    private final Consumer<List<T>> onBatch;
    private final Runnable onResync;
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean resync = new AtomicBoolean();

    /**
     * Subscribes while the component is attached (push discipline): on attach it subscribes with
     * {@code subscribe(offer, requestResync)}, on detach it closes the subscription. Events arrive in batches through
     * {@code ui.access} in {@code onBatch}; {@code onResync} runs when events may have been lost.
     */
    public static <T> void whileAttached(Component component,
            BiFunction<Consumer<T>, Runnable, ? extends AutoCloseable> subscribe, Consumer<List<T>> onBatch,
            Runnable onResync) {
        var subscription = new AtomicReference<AutoCloseable>();
        component.addAttachListener(attach -> {
            var updates = new LiveUpdates<T>(attach.getUI(), onBatch, onResync);
            close(subscription.getAndSet(subscribe.apply(updates::offer, updates::requestResync)));
        });
        component.addDetachListener(detach -> close(subscription.getAndSet(null)));
    }

    private static void close(AutoCloseable subscription) {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not unsubscribe", e);
        }
    }

    public LiveUpdates(UI ui, Consumer<List<T>> onBatch, Runnable onResync) {
        this.ui = ui;
        this.onBatch = onBatch;
        this.onResync = onResync;
    }

    /** Called from any thread. */
    public void offer(T event) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            resync.set(true);
        } else {
            queue.add(event);
        }
        schedule();
    }

    /** Called from any thread: the view should re-read its state. */
    public void requestResync() {
        resync.set(true);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                ui.access(this::drain);
            } catch (RuntimeException detached) {
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        scheduled.set(false);
        var batch = new ArrayList<T>();
        T event;
        while ((event = queue.poll()) != null) {
            queued.decrementAndGet();
            batch.add(event);
        }
        if (resync.getAndSet(false)) {
            onResync.run();
        }
        if (!batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
