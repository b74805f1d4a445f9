package com.chatter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PushFramesTest {

    @Test
    void readsTheHandshakeThenLengthPrefixedMessages() {
        var frames = new PushFrames();

        assertThat(frames.accept("41|8c0d5b5e-1f7a-4c1e-9a55-2c3f0b1e6d7a|0|X|")).isEmpty();
        assertThat(frames.handshakeDone()).isTrue();
        assertThat(frames.uuid()).isEqualTo("8c0d5b5e-1f7a-4c1e-9a55-2c3f0b1e6d7a");
        assertThat(frames.heartbeatMillis()).isZero();
        assertThat(frames.padding()).isEqualTo("X");

        assertThat(frames.accept("12|{\"syncId\":1}")).containsExactly("{\"syncId\":1}");
    }

    @Test
    void joinsSplitMessagesAndSplitsJoinedOnes() {
        var frames = new PushFrames();
        frames.accept("5|uuid|60000|X|");

        assertThat(frames.accept("12|{\"sync")).isEmpty();
        assertThat(frames.accept("Id\":1}12|{\"syncId\":2}2|{}")).containsExactly("{\"syncId\":1}", "{\"syncId\":2}",
                "{}");
        assertThat(frames.heartbeatMillis()).isEqualTo(60_000);
    }

    @Test
    void countsLengthsInUtf16CharactersAndSkipsHeartbeats() {
        var frames = new PushFrames();
        frames.accept("5|uuid|0|X|");

        // "👍" is two UTF-16 characters, as JavaScript's String.length and Java's String.length count it
        assertThat(frames.accept("6|\"a👍b\"")).containsExactly("\"a👍b\"");
        assertThat(frames.accept("1|X")).isEmpty();
        assertThat(frames.accept("X")).isEmpty();
        assertThat(frames.accept("2|{}")).containsExactly("{}");
    }

    @Test
    void messagesAfterTheHandshakeInTheSameTextAreKept() {
        var frames = new PushFrames();

        assertThat(frames.accept("5|uuid|0|X|2|{}")).containsExactly("{}");
    }

    @Test
    void failsOnALengthThatIsNoNumber() {
        var frames = new PushFrames();
        frames.accept("5|uuid|0|X|");

        assertThatThrownBy(() -> frames.accept("abc|{}")).isInstanceOf(IllegalStateException.class);
    }
}
