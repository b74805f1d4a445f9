package com.chatter.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The delivery watchdog's view of the relay's lag: under load its grace grows with the lag, so late but arriving
 * events do not set off resyncs (which add load); once the relay is fast again the lag is forgotten, so a dead
 * instance's lost messages are found quickly again.
 */
class RelayLagTest {

    /** A clock that moves only when told to. */
    private static final class Manual extends Clock {
        private Instant now = Instant.parse("2026-12-02T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final Manual clock = new Manual();
    private final DeliveryWatchdog.RelayLag lag =
            new DeliveryWatchdog.RelayLag(clock, Duration.ofSeconds(5), Duration.ofSeconds(15));

    @Test
    void aQuietRelayHasNoLag() {
        assertThat(lag.current()).isZero();
        lag.record(3);
        assertThat(lag.current()).isEqualTo(3);
    }

    @Test
    void theLongestRecentLagCountsNotTheLatest() {
        lag.record(4_000);
        lag.record(20);
        clock.advance(Duration.ofSeconds(4));
        lag.record(50);
        assertThat(lag.current()).isEqualTo(4_000);
    }

    @Test
    void aLagIsForgottenWithinTwoWindowsOfAFastRelay() {
        lag.record(4_000);
        clock.advance(Duration.ofSeconds(6));
        lag.record(10);
        assertThat(lag.current()).as("the previous window still counts").isEqualTo(4_000);
        clock.advance(Duration.ofSeconds(5));
        lag.record(10);
        assertThat(lag.current()).isEqualTo(10);
        clock.advance(Duration.ofSeconds(11));
        assertThat(lag.current()).isZero();
    }

    @Test
    void aLagIsCappedSoGraceAndLagStayInsideTheHorizonAndSkewedClocksCountAsNone() {
        lag.record(60_000);
        assertThat(lag.current()).isEqualTo(15_000);
        var other = new DeliveryWatchdog.RelayLag(clock, Duration.ofSeconds(5), Duration.ofSeconds(15));
        other.record(-200);
        assertThat(other.current()).isZero();
    }
}
