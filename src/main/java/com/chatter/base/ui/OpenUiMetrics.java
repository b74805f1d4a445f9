package com.chatter.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Publishes the number of open browser tabs (Vaadin UIs) on this instance as the gauge {@code chat.ui.open}. */
@Component
class OpenUiMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenUiMetrics(MeterRegistry meters) {
        Gauge.builder("chat.ui.open", open, AtomicInteger::get)
                .description("Open UIs (browser tabs) on this instance").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }
}
