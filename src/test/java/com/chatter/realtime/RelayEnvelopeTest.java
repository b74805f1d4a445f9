package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** What one instance sends another through Redis, and that nothing but the application's own values comes back. */
class RelayEnvelopeTest {

    record Note(String text, Instant at, long number, Inner inner) implements Serializable {
    }

    record Inner(Long boxed, boolean flag) implements Serializable {
    }

    @Test
    void anEventSurvivesTheTripWithOriginTimeAndChannel() throws IOException {
        var note = new Note("héllo 👋 \u0000 world", Instant.parse("2026-01-02T03:04:05.678Z"), 42,
                new Inner(7L, true));
        var decoded = RelayEnvelope.decode(RelayEnvelope.event("instance-a", 1234L, "user.5", note).encode());

        assertThat(decoded.kind()).isEqualTo(RelayEnvelope.Kind.EVENT);
        assertThat(decoded.origin()).isEqualTo("instance-a");
        assertThat(decoded.publishedAtMillis()).isEqualTo(1234L);
        assertThat(decoded.channel()).isEqualTo("user.5");
        assertThat(decoded.event()).isEqualTo(note);
    }

    @Test
    void aResyncRequestCarriesNoEvent() throws IOException {
        var decoded = RelayEnvelope.decode(RelayEnvelope.resync("instance-b", 99L).encode());

        assertThat(decoded.kind()).isEqualTo(RelayEnvelope.Kind.RESYNC);
        assertThat(decoded.origin()).isEqualTo("instance-b");
        assertThat(decoded.event()).isNull();
    }

    @Test
    void classesOutsideTheApplicationAreRefusedBeforeTheyAreBuilt() throws IOException {
        var map = new HashMap<String, String>();
        map.put("a", "b");
        var body = RelayEnvelope.event("x", 1, "user.1", map).encode();

        assertThatThrownBy(() -> RelayEnvelope.decode(body)).isInstanceOf(InvalidClassException.class);
    }

    @Test
    void anEventHiddenInsideAnAllowedRecordIsRefusedToo() throws IOException {
        record Sneaky(Object payload) implements Serializable {
        }
        var body = RelayEnvelope.event("x", 1, "user.1", new Sneaky(new java.util.ArrayList<>())).encode();

        assertThatThrownBy(() -> RelayEnvelope.decode(body)).isInstanceOf(InvalidClassException.class);
    }

    @Test
    void bytesThatAreNoEnvelopeAreRefused() throws IOException {
        assertThatThrownBy(() -> RelayEnvelope.decode("hello".getBytes())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> RelayEnvelope.decode(new byte[0])).isInstanceOf(IOException.class);

        // A well-formed header followed by a serialized object of a foreign class.
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            var valid = RelayEnvelope.event("x", 1, "c", "text").encode();
            out.write(valid, 0, headerLength(valid));
            var objects = new ObjectOutputStream(out);
            objects.writeObject(new java.util.Date());
            objects.flush();
        }
        assertThatThrownBy(() -> RelayEnvelope.decode(bytes.toByteArray())).isInstanceOf(InvalidClassException.class);
    }

    /** magic (2) + version (1) + kind (1) + origin "x" (2 + 1) + time (8) + channel "c" (2 + 1). */
    private static int headerLength(byte[] envelope) {
        return 2 + 1 + 1 + 3 + 8 + 3;
    }
}
