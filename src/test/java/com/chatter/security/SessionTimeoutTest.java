package com.chatter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions end (ASVS V7.3) after an idle time that an open tab's heartbeats don't extend, after an absolute lifetime
 * however busy they are, and when the password is changed elsewhere; the cookie is HttpOnly, SameSite=Lax, and
 * Secure behind TLS. Short times here: 3 s idle (set on each new session), 1 s heartbeats, 6 s lifetime.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.heartbeatInterval=1",
        "chatter.security.session.absolute-timeout=6s",
        "chatter.security.session.credentials-check-interval=0s",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
@Import(SessionTimeoutTest.ShortSessions.class)
class SessionTimeoutTest {

    static final int IDLE_SECONDS = 3;
    static final String PASSWORD = "right-password-1";

    @TestConfiguration(proxyBeanMethods = false)
    static class ShortSessions {
        /** The idle timeout of every new session; the servlet container's own setting counts in whole minutes. */
        @Bean
        HttpSessionListener shortIdleTimeout() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(IDLE_SECONDS);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private String user() {
        var username = "sess" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new RegistrationRequest(username, "Session Tester", PASSWORD, PASSWORD));
        return username;
    }

    private WebClient loggedIn(String username) {
        var client = new WebClient("http://localhost:" + port, null);
        assertThat(WebClient.loggedIn(client.logIn(username, PASSWORD))).isTrue();
        return client;
    }

    @Test
    void anOpenTabThatOnlySendsHeartbeatsDoesNotKeepTheSessionAlive() {
        var username = user();
        long start = System.nanoTime(); // the last use of the page comes after this (the login page, the login)
        var client = loggedIn(username);
        int ui = client.openUi("");
        assertThat(client.heartbeat(ui)).as("the tab is open and alive").isEqualTo(200);

        // The tab stays open: a heartbeat every half second, far more often than the idle timeout.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.heartbeat(ui) != 200);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(
                Duration.ofSeconds(IDLE_SECONDS));
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("api/conversations").statusCode() == 401);
    }

    @Test
    void aBusySessionStillEndsAtItsAbsoluteLifetime() {
        var username = user();
        var client = loggedIn(username);
        long start = System.nanoTime();

        // Busy all along: a request every 300 ms, so it is never idle.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> client.get("api/conversations").statusCode() == 401);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(WebClient.loggedIn(client.logIn(username, PASSWORD))).as("a new login is fine").isTrue();
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        var username = user();
        var mine = loggedIn(username);
        var other = loggedIn(username);
        assertThat(other.get("api/conversations").statusCode()).isEqualTo(200);

        var me = accounts.findByUsername(username).orElseThrow();
        accounts.changePassword(me.id(), PASSWORD, "a-new-password-2", "a-new-password-2");

        assertThat(other.get("api/conversations").statusCode()).isEqualTo(401);
        assertThat(mine.get("api/conversations").statusCode())
                .as("a session that did not take part in the change ends as well").isEqualTo(401);
        assertThat(WebClient.loggedIn(other.logIn(username, PASSWORD))).as("the old password is gone").isFalse();
        assertThat(WebClient.loggedIn(other.logIn(username, "a-new-password-2"))).isTrue();
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecureBehindTls() {
        var plain = new WebClient("http://localhost:" + port, null).get("login");
        var cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        var client = new WebClient("http://localhost:" + port, null);
        var viaTls = client.send(client.request("login").header("X-Forwarded-Proto", "https").GET().build());
        var secure = viaTls.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(secure).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
    }
}
