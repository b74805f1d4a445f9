package com.chatter.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Runs small UI tasks later (e.g. hiding "typing…"), through {@code ui.access}, on one shared daemon thread. */
@Component
public class UiScheduler {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "ui-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs the task in the UI after the delay, unless the returned registration was removed before. */
    public Registration later(UI ui, Duration delay, Runnable task) {
        var future = executor.schedule(() -> {
            try {
                ui.access(task::run);
            } catch (RuntimeException uiGone) {
                // The UI was closed in the meantime: nothing to update.
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
