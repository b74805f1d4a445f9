package com.chatter.realtime;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of this instance, by channel. Shared by every broadcaster implementation. */
final class LocalSubscribers {

    private static final Logger log = LoggerFactory.getLogger(LocalSubscribers.class);

    private final Map<String, List<RelayListener>> byChannel = new ConcurrentHashMap<>();

    Subscription add(String channel, RelayListener listener) {
        byChannel.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byChannel.computeIfPresent(channel, (c, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void deliver(String channel, Serializable event) {
        var listeners = byChannel.get(channel);
        if (listeners == null) {
            return;
        }
        for (var listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on {}", channel, event.getClass().getSimpleName(), e);
            }
        }
    }

    boolean hasListeners(String channel) {
        return byChannel.containsKey(channel);
    }

    void resyncAll() {
        byChannel.values().forEach(LocalSubscribers::resync);
    }

    /** Asks the listeners of one channel to re-read their state (events for it were dropped). */
    void resync(String channel) {
        var listeners = byChannel.get(channel);
        if (listeners != null) {
            resync(listeners);
        }
    }

    private static void resync(List<RelayListener> listeners) {
        listeners.forEach(listener -> {
            try {
                listener.onResync();
            } catch (RuntimeException e) {
                log.warn("A listener failed to resync", e);
            }
        });
    }

    int listenerCount() {
        return byChannel.values().stream().mapToInt(List::size).sum();
    }
}
