package com.chatter.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualTime clock = new ManualTime();

    private RateLimiter limiter(String loginPerAccount, String send) {
        return new RateLimiter(new LimitsProperties(Rate.parse(loginPerAccount), Rate.parse("20/15m"),
                Rate.parse("5/1h"), Rate.parse(send), "test."), null, clock);
    }

    private void advance(Duration by) {
        clock.advance(by);
    }

    @Test
    void fiveFailuresIn15MinutesThenAWaitThatEnds() {
        var limiter = limiter("5/15m", "30/10s");
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).as("attempt %d", i + 1).isEmpty();
        }
        var wait = limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy");
        assertThat(wait).isPresent();
        assertThat(wait.get()).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(RateLimiter.inWords(wait.get())).isEqualTo("3 minutes");
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "bob")).as("other accounts are not affected").isEmpty();
        assertThat(limiter.check(Limit.LOGIN_PER_ACCOUNT, "amy")).isPresent();

        advance(Duration.ofMinutes(3));
        assertThat(limiter.check(Limit.LOGIN_PER_ACCOUNT, "amy")).as("not locked out for good").isEmpty();
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isEmpty();
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).as("one token refilled, not five").isPresent();

        advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isEmpty();
        }
    }

    @Test
    void givingBackUndoesATakeButNeverOverfills() {
        var limiter = limiter("2/15m", "30/10s");
        limiter.giveBack(Limit.LOGIN_PER_ACCOUNT, "amy"); // nothing taken yet: no effect
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isEmpty();
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isEmpty();
        limiter.giveBack(Limit.LOGIN_PER_ACCOUNT, "amy");
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isEmpty();
        assertThat(limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, "amy")).isPresent();
    }

    @Test
    void sendingThirtyInTenSeconds() {
        var limiter = limiter("5/15m", "30/10s");
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryTake(Limit.SEND_PER_USER, "7")).isEmpty();
        }
        var wait = limiter.tryTake(Limit.SEND_PER_USER, "7");
        assertThat(wait).isPresent();
        assertThat(RateLimiter.inWords(wait.get())).isEqualTo("1 second");
        advance(Duration.ofMillis(334));
        assertThat(limiter.tryTake(Limit.SEND_PER_USER, "7")).isEmpty();
    }

    @Test
    void anOffLimitNeverRefuses() {
        var limiter = limiter("5/15m", "off");
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.tryTake(Limit.SEND_PER_USER, "7")).isEmpty();
        }
    }

    @Test
    void ratesAreWrittenCountSlashPeriod() {
        assertThat(Rate.parse("5/15m")).isEqualTo(new Rate(5, Duration.ofMinutes(15)));
        assertThat(Rate.parse(" 30 / 10s ")).isEqualTo(new Rate(30, Duration.ofSeconds(10)));
        assertThat(Rate.parse("5/1h")).isEqualTo(new Rate(5, Duration.ofHours(1)));
        assertThat(Rate.parse("OFF").isOff()).isTrue();
        assertThat(Rate.parse("0/1s").isOff()).isTrue();
        assertThatThrownBy(() -> Rate.parse("five per minute")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.parse("5/0s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waitsInWordsRoundUp() {
        assertThat(RateLimiter.inWords(Duration.ofMillis(1))).isEqualTo("1 second");
        assertThat(RateLimiter.inWords(Duration.ofSeconds(59))).isEqualTo("59 seconds");
        assertThat(RateLimiter.inWords(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(RateLimiter.inWords(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }

    @Test
    void theLocalStoreStaysBounded() {
        var store = new LocalBucketStore(clock);
        var configuration = io.github.bucket4j.BucketConfiguration.builder()
                .addLimit(b -> b.capacity(5).refillGreedy(5, Duration.ofMinutes(15))).build();
        for (int i = 0; i < LocalBucketStore.MAX_BUCKETS + 10; i++) {
            store.tryTake("k" + i, configuration);
        }
        assertThat(store.size()).isLessThanOrEqualTo(LocalBucketStore.MAX_BUCKETS);
        assertThat(store.check("never-seen", configuration)).as("a check alone makes no bucket").isZero();
    }
}
