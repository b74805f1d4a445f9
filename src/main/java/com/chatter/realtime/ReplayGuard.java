package com.chatter.realtime;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses authentic envelopes seen before: one published longer ago (or further ahead, clock skew) than the window
 * is stale, and one whose id was already received within the window is a duplicate. Ids are remembered only for the
 * window, so memory stays bounded by the traffic of one window.
 */
final class ReplayGuard {

    enum Verdict { FRESH, STALE, DUPLICATE }

    private final long windowMillis;
    private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();

    ReplayGuard(Duration window) {
        this.windowMillis = window.toMillis();
    }

    Verdict check(String id, long publishedAtMillis, long nowMillis) {
        if (publishedAtMillis < nowMillis - windowMillis || publishedAtMillis > nowMillis + windowMillis) {
            return Verdict.STALE;
        }
        return seen.putIfAbsent(id, publishedAtMillis) == null ? Verdict.FRESH : Verdict.DUPLICATE;
    }

    /** Forgets the ids that are outside the window (those envelopes are refused as stale anyway). */
    void forgetOld(long nowMillis) {
        seen.values().removeIf(at -> at < nowMillis - windowMillis);
    }

    int remembered() {
        return seen.size();
    }
}
