package com.chatter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.ChatterApplication;
import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.extension.CommandInvocation;
import com.chatter.extension.Reply;
import com.chatter.extension.SlashCommand;
import com.chatter.extension.UserRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A reminder set before a restart is posted after it: it is stored, not held in memory. */
class ReminderRestartTest {

    private final String file = "/tmp/extension-remind-" + UUID.randomUUID();
    private ConfigurableApplicationContext context;

    private ConfigurableApplicationContext start(String pollInterval) {
        // Command-line arguments: they win over the test profile's in-memory database.
        return new SpringApplicationBuilder(ChatterApplication.class).profiles("test").run(
                "--spring.datasource.url=jdbc:h2:file:" + file + ";WRITE_DELAY=0",
                "--server.port=0",
                "--chatter.examples.reminders.poll-interval=" + pollInterval);
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        for (var suffix : List.of(".mv.db", ".trace.db")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static List<String> messages(ConfigurableApplicationContext context, String who, ConversationId id) {
        var chat = context.getBean(ChatService.class);
        return TestUsers.as(context.getBean(UserDetailsService.class), who, () -> chat.latestMessages(id, 50))
                .stream().map(ChatMessage::content).toList();
    }

    @Test
    void aReminderSurvivesARestart() {
        // Before the restart: a poller that would only look in an hour, so nothing is posted yet.
        context = start("1h");
        var accounts = context.getBean(AccountService.class);
        var amy = accounts.register(new RegistrationRequest("amy80", "Amy", "correct horse", "correct horse"));
        var ben = accounts.register(new RegistrationRequest("ben80", "Ben", "correct horse", "correct horse"));
        var users = context.getBean(UserDetailsService.class);
        var chat = context.getBean(ChatService.class);
        var id = TestUsers.as(users, "amy80", () -> chat.openDirect(ben.id()));
        var remind = context.getBeansOfType(SlashCommand.class).values().stream()
                .filter(c -> c.name().equals("remind")).findFirst().orElseThrow();
        var reply = remind.run(new CommandInvocation("remind", "1s after the restart", id.value(),
                new UserRef(amy.id().value(), "amy80", "Amy", false), new UserRef(ben.id().value(), "ben80", "Ben", false)));
        assertThat(reply).isInstanceOf(Reply.OnlyYou.class);
        assertThat(messages(context, "ben80", id)).isEmpty();
        context.close();
        assertThat(Files.exists(Path.of(file + ".mv.db"))).as("the database is a file that outlives the context")
                .isTrue();

        context = start("200ms");
        var restarted = context;
        await().atMost(Duration.ofSeconds(20)).until(() -> !messages(restarted, "ben80", id).isEmpty());
        assertThat(messages(context, "ben80", id)).containsExactly("⏰ Reminder: after the restart");
    }
}
