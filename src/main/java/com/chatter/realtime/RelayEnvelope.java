package com.chatter.realtime;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What travels between instances through Redis: a unique id (against replays), who sent it (so an instance ignores
 * its own events), when (for the lag metric and the replay window), on which channel, and either an event or a
 * request to resync. {@link RelayCodec} writes it as signed JSON.
 */
record RelayEnvelope(Kind kind, String id, String origin, long publishedAtMillis, String channel,
        @Nullable Serializable event) {

    enum Kind {
        /** An event for the listeners of {@link #channel()}. */
        EVENT,
        /** The origin may have failed to relay some events: every instance should resync its listeners. */
        RESYNC
    }

    static RelayEnvelope event(String origin, long publishedAtMillis, String channel, Serializable event) {
        return new RelayEnvelope(Kind.EVENT, UUID.randomUUID().toString(), origin, publishedAtMillis, channel, event);
    }

    static RelayEnvelope resync(String origin, long publishedAtMillis, String channel) {
        return new RelayEnvelope(Kind.RESYNC, UUID.randomUUID().toString(), origin, publishedAtMillis, channel, null);
    }
}
