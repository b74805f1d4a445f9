package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chatter.account.UserId;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessageId;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingStarted;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one instance sends another through Redis: signed JSON, read back only into registered event classes, and
 * refused when unsigned, signed with another secret, tampered with, Java-serialized, or replayed.
 */
class RelayEnvelopeTest {

    private static final String SECRET = "a-secret-of-at-least-32-characters-long";
    private static final List<Class<? extends Serializable>> CHAT_EVENTS = Arrays.stream(
            ChatEvent.class.getPermittedSubclasses()).<Class<? extends Serializable>>map(
                    c -> c.asSubclass(Serializable.class)).toList();

    private final RelayCodec codec = new RelayCodec(SECRET, CHAT_EVENTS);

    private static MessagePosted posted(String text) {
        return new MessagePosted(new ChatMessage(new MessageId(11), new ConversationId(3), 7, new UserId(5), text,
                Instant.parse("2026-01-02T03:04:05.678Z")));
    }

    @Test
    void everyChatEventSurvivesTheTripAsJson() throws IOException {
        for (ChatEvent event : List.of(posted("héllo 👋 \u0000 <b>world</b> \u202Eevil"),
                new TypingStarted(new ConversationId(3), new UserId(5)),
                new MessagesRead(new ConversationId(3), new UserId(6), 42))) {
            var wire = codec.encode(RelayEnvelope.event("instance-a", 1234L, "user.5", event));
            var decoded = codec.decode(wire);

            assertThat(decoded.kind()).isEqualTo(RelayEnvelope.Kind.EVENT);
            assertThat(decoded.origin()).isEqualTo("instance-a");
            assertThat(decoded.publishedAtMillis()).isEqualTo(1234L);
            assertThat(decoded.channel()).isEqualTo("user.5");
            assertThat(decoded.id()).isNotBlank();
            assertThat(decoded.event()).isEqualTo(event);
            // JSON after the signature, no Java serialization stream (which starts with 0xACED) anywhere.
            var text = new String(wire, StandardCharsets.UTF_8);
            assertThat(text).startsWith("v2.").contains(".{\"v\":2,");
            assertThat(indexOf(wire, new byte[] {(byte) 0xAC, (byte) 0xED})).isNegative();
        }
    }

    @Test
    void aResyncRequestCarriesNoEvent() throws IOException {
        var decoded = codec.decode(codec.encode(RelayEnvelope.resync("instance-b", 99L, "_control")));

        assertThat(decoded.kind()).isEqualTo(RelayEnvelope.Kind.RESYNC);
        assertThat(decoded.origin()).isEqualTo("instance-b");
        assertThat(decoded.event()).isNull();
    }

    @Test
    void unsignedWronglySignedAndTamperedMessagesAreForged() throws IOException {
        var wire = new String(codec.encode(RelayEnvelope.event("x", 1, "user.1", posted("real"))),
                StandardCharsets.UTF_8);
        var json = wire.substring(wire.indexOf('.', 3) + 1);

        assertForged(json.getBytes(StandardCharsets.UTF_8)); // no signature at all
        assertForged(("v2.." + json).getBytes(StandardCharsets.UTF_8)); // empty signature
        assertForged(("v2.!!!." + json).getBytes(StandardCharsets.UTF_8)); // not base64
        assertForged(new RelayCodec("another-secret-of-at-least-32-characters", CHAT_EVENTS)
                .encode(RelayEnvelope.event("x", 1, "user.1", posted("forged"))));
        assertForged(wire.replace("real", "fake").getBytes(StandardCharsets.UTF_8)); // signed, then changed
        assertForged("hello".getBytes(StandardCharsets.UTF_8));
        assertForged(new byte[0]);
    }

    @Test
    void javaSerializedEnvelopesOfTheOldFormatAreRefusedUnread() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(posted("serialized"));
        }
        assertForged(bytes.toByteArray());
        // Even behind a correctly formed prefix with a made-up signature.
        var sneaky = new ByteArrayOutputStream();
        sneaky.write("v2.AAAA.".getBytes(StandardCharsets.US_ASCII));
        sneaky.write(bytes.toByteArray());
        assertForged(sneaky.toByteArray());
    }

    @Test
    void onlyRegisteredEventClassesAreWrittenOrRead() throws IOException {
        record Foreign(String text) implements Serializable {
        }
        assertThatThrownBy(() -> codec.encode(RelayEnvelope.event("x", 1, "user.1", new Foreign("x"))))
                .isInstanceOf(IOException.class).hasMessageContaining("not a relay event type");

        // Authentic (same secret) but of a type this instance doesn't know: unreadable, not built.
        var knowsMore = new RelayCodec(SECRET, List.of(Foreign.class));
        var wire = knowsMore.encode(RelayEnvelope.event("x", 1, "user.1", new Foreign("x")));
        assertThatThrownBy(() -> codec.decode(wire)).isInstanceOfSatisfying(RelayCodec.Rejected.class,
                rejected -> assertThat(rejected.reason).isEqualTo("undecodable"));
    }

    @Test
    void theRelayRefusesToStartWithoutALongEnoughSecret() {
        for (var secret : new String[] {null, "", "   ", "short-secret"}) {
            assertThatThrownBy(() -> new RelayCodec(secret, CHAT_EVENTS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CHATTER_RELAY_SECRET")
                    .hasMessageContaining("at least 32 characters");
        }
    }

    @Test
    void replaysAreRefusedByTimeAndById() {
        var guard = new ReplayGuard(Duration.ofSeconds(60));
        long now = 1_000_000;

        assertThat(guard.check("a", now - 1_000, now)).isEqualTo(ReplayGuard.Verdict.FRESH);
        assertThat(guard.check("a", now - 1_000, now)).isEqualTo(ReplayGuard.Verdict.DUPLICATE);
        assertThat(guard.check("b", now - 61_000, now)).isEqualTo(ReplayGuard.Verdict.STALE);
        assertThat(guard.check("c", now + 61_000, now)).isEqualTo(ReplayGuard.Verdict.STALE);

        guard.forgetOld(now + 60_000);
        assertThat(guard.remembered()).isZero();
        // Forgotten ids are outside the window: refused as stale all the same.
        assertThat(guard.check("a", now - 1_000, now + 60_000)).isEqualTo(ReplayGuard.Verdict.STALE);
    }

    private void assertForged(byte[] wire) {
        assertThatThrownBy(() -> codec.decode(wire)).isInstanceOfSatisfying(RelayCodec.Rejected.class,
                rejected -> assertThat(rejected.reason).isEqualTo("forged"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
