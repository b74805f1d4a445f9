package com.chatter.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Scripted password guessing against the real login form (HTTP, with the CSRF token, as a browser posts it): after
 * 5 failures for one account, or 8 from one address, further attempts are refused, even with the right password,
 * and the form is told how long to wait. Client addresses are played through X-Forwarded-For.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chatter.limits.login-per-account=5/15m",
        "chatter.limits.login-per-address=8/15m",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class LoginThrottleTest {

    static final String PASSWORD = "right-password-1";
    private static final Pattern THROTTLED = Pattern.compile("/login\\?error&wait=(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private String user(String prefix) {
        var username = prefix + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new RegistrationRequest(username, "Test " + prefix, PASSWORD, PASSWORD));
        return username;
    }

    private WebClient from(String address) {
        return new WebClient("http://localhost:" + port, address);
    }

    private static String address() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "198.51." + (random & 0xff) + "." + ((random >> 8) & 0xff); // a documentation range, only a header
    }

    @Test
    void fiveWrongPasswordsForOneAccountThenEvenTheRightOneIsRefusedForAWhile() {
        var victim = user("victim");
        var attacker = from(address());
        for (int i = 1; i <= 5; i++) {
            assertThat(attacker.logIn(victim, "guess-" + i)).as("guess %d", i).endsWith("/login?error");
        }

        var refused = attacker.logIn(victim, "guess-6");
        var wait = THROTTLED.matcher(refused);
        assertThat(wait.find()).as("refused with a wait: %s", refused).isTrue();
        assertThat(Integer.parseInt(wait.group(1))).as("seconds").isBetween(60, 180);

        // The limit is the account's: the right password from somewhere else is refused too, in any case...
        var owner = from(address());
        assertThat(owner.logIn(victim.toUpperCase(), PASSWORD)).matches(".*" + THROTTLED.pattern());
        assertThat(owner.get("api/conversations").statusCode()).isEqualTo(401);
        // ...while other accounts log in as usual, from the attacker's address as well.
        assertThat(WebClient.loggedIn(from(address()).logIn(user("other"), PASSWORD))).isTrue();
    }

    @Test
    void eightFailuresFromOneAddressOnDifferentAccountsThenThatAddressIsRefused() {
        var address = address();
        for (int i = 1; i <= 8; i++) {
            assertThat(from(address).logIn(user("spray"), "Password" + i)).as("spray %d", i).endsWith("/login?error");
        }
        var someone = user("someone");
        assertThat(from(address).logIn(someone, PASSWORD)).matches(".*" + THROTTLED.pattern());
        assertThat(WebClient.loggedIn(from(address()).logIn(someone, PASSWORD)))
                .as("the same person from another address").isTrue();
    }

    @Test
    void successfulLoginsDoNotCount() {
        var regular = user("regular");
        var address = address();
        for (int i = 0; i < 10; i++) {
            var client = from(address);
            assertThat(WebClient.loggedIn(client.logIn(regular, PASSWORD))).as("login %d", i + 1).isTrue();
            assertThat(client.get("api/conversations").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndRefusedPostsCountForNothing() {
        var someone = user("csrf");
        var client = from(address());
        client.csrfToken(); // has a session and a token, but doesn't send it
        for (int i = 0; i < 7; i++) {
            assertRefusedWithoutLogin(client.postForm("login", "username=" + someone + "&password=wrong"));
        }
        assertRefusedWithoutLogin(
                client.postForm("login", "username=" + someone + "&password=" + PASSWORD + "&_csrf=forged"));
        assertThat(client.get("api/conversations").statusCode()).isEqualTo(401);

        assertThat(WebClient.loggedIn(client.logIn(someone, PASSWORD))).isTrue();
        assertThat(client.get("api/conversations").statusCode()).isEqualTo(200);
    }

    /** Denied before the form is read (403, or Vaadin's redirect back to the plain login page): nothing counted. */
    private static void assertRefusedWithoutLogin(java.net.http.HttpResponse<String> post) {
        assertThat(post.statusCode()).isIn(302, 403);
        if (post.statusCode() == 302) {
            assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    @Test
    void logoutAndOtherNonVaadinPostsNeedTheCsrfTokenToo() {
        var someone = user("logout");
        var client = from(address());
        assertThat(WebClient.loggedIn(client.logIn(someone, PASSWORD))).isTrue();

        assertThat(client.postForm("logout", "").statusCode()).isEqualTo(403);
        assertThat(client.postForm("api/conversations", "").statusCode()).isEqualTo(403);
        assertThat(client.get("api/conversations").statusCode()).as("still logged in").isEqualTo(200);
    }
}
