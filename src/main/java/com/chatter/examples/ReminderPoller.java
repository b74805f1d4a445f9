package com.chatter.examples;

import com.chatter.extension.Messenger;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Posts the reminders that are due, checking the store every {@code chatter.examples.reminders.poll-interval}
 * (1 s). Each one is posted through {@link Messenger} as the person who set it, with the idempotency key
 * {@code remind-{id}}: posted once even when two instances find it at the same moment, or when the process dies
 * between posting and marking it delivered. A reminder the chat refuses (the person left) is logged and dropped.
 */
class ReminderPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderPoller.class);

    private final ReminderStore store;
    private final Messenger messenger;
    private final Clock clock;
    private final Duration interval;
    private @Nullable ScheduledExecutorService executor;

    ReminderPoller(ReminderStore store, Messenger messenger, Clock clock, Duration interval) {
        this.store = store;
        this.messenger = messenger;
        this.clock = clock;
        this.interval = interval;
    }

    /** Posts what is due now; returns how many were posted. */
    int postDue() {
        int posted = 0;
        for (var reminder : store.due(clock.instant(), 50)) {
            try {
                messenger.post(reminder.conversationId(), reminder.userId(), "⏰ Reminder: " + reminder.text(),
                        "remind-" + reminder.id());
                posted++;
            } catch (IllegalArgumentException refused) {
                log.warn("Reminder {} dropped: {}", reminder.id(), refused.getMessage());
            }
            store.delivered(reminder.id(), clock.instant());
        }
        return posted;
    }

    @Override
    public void start() {
        var scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "example-reminders");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                postDue();
            } catch (RuntimeException e) {
                log.warn("Reminders not checked this time", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
