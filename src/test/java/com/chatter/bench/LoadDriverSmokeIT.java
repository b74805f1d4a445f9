package com.chatter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.bench.load.LoadConfig;
import com.chatter.bench.load.LoadDriver;
import com.chatter.bench.load.LoadReport;
import com.chatter.bench.load.LoadUser;
import com.chatter.chat.ChatService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A short run of the protocol-level load driver against the real application (random port, in-memory H2,
 * in-memory relay): 50 people in 25 pairs log in over HTTP, open their chat rooms, keep their push connections open,
 * type and send messages for 15 s (5 a second in all); then the same people do it again at once, while the server
 * still removes the first run's pages. Asserts correctness only (every message delivered once and in order, no
 * errors, every user connected both times), never timings: the machine running the build may be busy. The driver
 * reads the server's metrics as an administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.devmode.liveReload.enabled=false",
        "vaadin.devmode.componentTracker.enabled=false",
        "chatter.security.admins=" + LoadDriverSmokeIT.ADMIN,
        "chatter.security.admin-password=" + LoadDriverSmokeIT.ADMIN_PASSWORD})
@ActiveProfiles("test")
class LoadDriverSmokeIT {

    static final String ADMIN = "smokeadmin";
    static final String ADMIN_PASSWORD = "smoke-admin-pass-1";
    private static final String PASSWORD = "smoke-pass-1";
    private static final int USERS = 50;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ChatService chat;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void fiftyUsersChatForFifteenSecondsTwiceWithoutLossDuplicatesOrReordering() throws Exception {
        var users = seedPairs();
        var config = LoadConfig.defaults(List.of(URI.create("http://localhost:" + port + "/")))
                .withUsers(USERS)
                .withPassword(PASSWORD)
                .withAdmin(ADMIN, ADMIN_PASSWORD)
                .withRate(5, Duration.ofSeconds(15), Duration.ofSeconds(2))
                // generous: a busy build machine answers slowly, and only correctness is asserted
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(30));

        assertCorrect(LoadDriver.run(config, users), "first run");
        // the same people again, while the server removes the pages the first run closed
        assertCorrect(LoadDriver.run(config, users), "second run");
    }

    private static void assertCorrect(LoadReport report, String run) {
        System.out.print(report.format());
        assertThat(report.connected()).as("%s: users with their room open", run).isEqualTo(USERS);
        assertThat(report.stillOpen()).as("%s: push connections open at the end", run).isEqualTo(USERS);
        assertThat(report.sent()).as("%s: messages sent", run).isGreaterThan(50);
        assertThat(report.confirmed()).as("%s: messages stored and shown to their sender", run)
                .isEqualTo(report.sent());
        assertThat(report.received()).as("%s: messages pushed to the other person", run).isEqualTo(report.sent());
        assertThat(report.lost()).as("%s: lost", run).isZero();
        assertThat(report.duplicated()).as("%s: duplicated", run).isZero();
        assertThat(report.reordered()).as("%s: reordered", run).isZero();
        assertThat(report.errors()).as("%s: errors: %s", run, report.errorSamples()).isZero();
        assertThat(report.typingShown()).as("%s: typing indicators pushed", run).isPositive();
        assertThat(report.lines()).as("%s: server metrics read as the administrator", run)
                .anySatisfy(line -> assertThat(line).contains("open UIs").doesNotContain("NaN").doesNotContain("n/a"));
        assertThat(report.passed()).as(report.format()).isTrue();
    }

    /** Pairs of new people, each pair with its conversation opened by the first one (as the new-chat dialog does). */
    private List<LoadUser> seedPairs() {
        var users = new ArrayList<LoadUser>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int pair = 0; pair < USERS / 2; pair++) {
            var a = accounts.register(new RegistrationRequest("smoke" + run + "a" + pair, "Smoke A" + pair, PASSWORD,
                    PASSWORD));
            var b = accounts.register(new RegistrationRequest("smoke" + run + "b" + pair, "Smoke B" + pair, PASSWORD,
                    PASSWORD));
            var conversation = TestUsers.as(userDetails, a.username(), () -> chat.openDirect(b.id()));
            users.add(new LoadUser(a.username(), conversation.value()));
            users.add(new LoadUser(b.username(), conversation.value()));
        }
        return users;
    }
}
