package com.chatter.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.security.WebClient;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login limit holds across instances: failures on either instance count against the same account (the buckets
 * live in the shared Redis), so guessing on both halves of a load balancer gains nothing.
 */
@ExtendWith(ScaleOutCluster.Extension.class)
class TwoInstancesLoginThrottleIT {

    private static Instance one;
    private static Instance two;

    @BeforeAll
    static void cluster(ScaleOutCluster started) {
        one = started.one;
        two = started.two;
    }

    @Test
    void fiveFailuresSpreadOverTwoInstancesLockTheAccountOnBoth() {
        var victim = "guess" + UUID.randomUUID().toString().substring(0, 8);
        one.register(victim);
        var onOne = new WebClient(one.baseUrl(), null);
        var onTwo = new WebClient(two.baseUrl(), null);

        for (int i = 1; i <= 5; i++) {
            var client = i % 2 == 0 ? onTwo : onOne;
            assertThat(client.logIn(victim, "wrong-" + i)).as("guess %d", i).endsWith("/login?error");
        }

        assertThat(onOne.logIn(victim, Instance.PASSWORD)).contains("/login?error&wait=");
        assertThat(onTwo.logIn(victim, Instance.PASSWORD)).contains("/login?error&wait=");
        assertThat(new WebClient(two.baseUrl(), null).get("api/conversations").statusCode()).isEqualTo(401);

        // Somebody else logs in on either instance as usual.
        var other = "fine" + UUID.randomUUID().toString().substring(0, 8);
        two.register(other);
        assertThat(WebClient.loggedIn(new WebClient(one.baseUrl(), null).logIn(other, Instance.PASSWORD))).isTrue();
        assertThat(WebClient.loggedIn(new WebClient(two.baseUrl(), null).logIn(other, Instance.PASSWORD))).isTrue();
    }
}
