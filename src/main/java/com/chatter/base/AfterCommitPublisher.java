package com.chatter.base;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes application events once the current transaction has committed (at once when there is none), on one
 * thread of its own ({@code chatter-events}), in commit order: listeners never run on the thread of the person who
 * caused the event, and a slow listener never delays them. The event is built on that thread too (from the
 * supplier), so looking up names for it costs the caller nothing. A full queue (10,000 events) drops the event and
 * counts it ({@code chatter.events.dropped}); a throwing listener is logged.
 */
@Component
public class AfterCommitPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitPublisher.class);

    private final ApplicationEventPublisher events;
    private final ThreadPoolExecutor executor;
    private final Counter dropped;

    AfterCommitPublisher(ApplicationEventPublisher events, MeterRegistry meters) {
        this.events = events;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000),
                runnable -> {
                    var thread = new Thread(runnable, "chatter-events");
                    thread.setDaemon(true);
                    return thread;
                }, (runnable, pool) -> dropped());
        this.dropped = Counter.builder("chatter.events.dropped")
                .description("Integration events not published because their queue was full").register(meters);
    }

    /** Publishes the supplied event after the current transaction commits; nothing when it rolls back. */
    public void publishAfterCommit(Supplier<?> event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publishSoon(event);
                }
            });
        } else {
            publishSoon(event);
        }
    }

    private void publishSoon(Supplier<?> event) {
        if (executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            try {
                var built = event.get();
                if (built != null) {
                    events.publishEvent(built);
                }
            } catch (RuntimeException e) {
                log.warn("An event listener failed", e);
            }
        });
    }

    private void dropped() {
        if (dropped != null) {
            dropped.increment();
        }
        log.warn("Event queue full: an integration event was dropped");
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
