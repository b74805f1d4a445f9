package com.chatter.realtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What travels between instances through Redis: who sent it (so an instance ignores its own events), when (for
 * the lag metric), on which channel, and either an event or a request to resync.
 *
 * <p>The event is Java-serialized, and reading it back goes through an {@link ObjectInputFilter} that admits only
 * the application's own classes and a few JDK value types, with limits on depth, size and references: a message
 * put into Redis by anybody else can't make this instance build arbitrary objects.
 */
record RelayEnvelope(Kind kind, String origin, long publishedAtMillis, String channel, @Nullable Serializable event) {

    enum Kind {
        /** An event for the listeners of {@link #channel()}. */
        EVENT,
        /** The origin may have failed to relay some events: every instance should resync its listeners. */
        RESYNC
    }

    private static final int MAGIC = 0xC4A7;
    private static final int VERSION = 1;

    /** The classes an event may consist of; everything else is rejected before it is instantiated. */
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=16;maxrefs=1000;maxbytes=262144;maxarray=65536;"
                    + "com.chatter.**;java.lang.String;java.lang.Long;java.lang.Integer;java.lang.Short;"
                    + "java.lang.Byte;java.lang.Boolean;java.lang.Character;java.lang.Number;java.lang.Enum;"
                    + "java.lang.Record;java.time.Ser;java.time.Instant;java.util.UUID;!*");

    static RelayEnvelope event(String origin, long publishedAtMillis, String channel, Serializable event) {
        return new RelayEnvelope(Kind.EVENT, origin, publishedAtMillis, channel, event);
    }

    static RelayEnvelope resync(String origin, long publishedAtMillis) {
        return new RelayEnvelope(Kind.RESYNC, origin, publishedAtMillis, "", null);
    }

    byte[] encode() throws IOException {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            out.writeShort(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(kind.ordinal());
            out.writeUTF(origin);
            out.writeLong(publishedAtMillis);
            out.writeUTF(channel);
            if (kind == Kind.EVENT) {
                var objects = new ObjectOutputStream(out);
                objects.writeObject(event);
                objects.flush();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an envelope written by {@link #encode()}.
     *
     * @throws IOException when the bytes are not an envelope, or the event contains a class that is not allowed
     */
    static RelayEnvelope decode(byte[] body) throws IOException {
        try (var in = new DataInputStream(new ByteArrayInputStream(body))) {
            if (in.readUnsignedShort() != MAGIC || in.readUnsignedByte() != VERSION) {
                throw new IOException("Not a relay envelope");
            }
            int kindIndex = in.readUnsignedByte();
            if (kindIndex >= Kind.values().length) {
                throw new IOException("Unknown envelope kind " + kindIndex);
            }
            var kind = Kind.values()[kindIndex];
            var origin = in.readUTF();
            long publishedAt = in.readLong();
            var channel = in.readUTF();
            if (kind == Kind.RESYNC) {
                return new RelayEnvelope(kind, origin, publishedAt, channel, null);
            }
            var objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(FILTER);
            Object event;
            try {
                event = objects.readObject();
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new InvalidClassException(e.getMessage());
            }
            if (!(event instanceof Serializable serializable)) {
                throw new IOException("Envelope without an event");
            }
            return new RelayEnvelope(kind, origin, publishedAt, channel, serializable);
        }
    }
}
