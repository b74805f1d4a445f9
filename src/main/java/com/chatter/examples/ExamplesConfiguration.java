package com.chatter.examples;

import com.chatter.extension.Messenger;
import com.chatter.extension.SlashCommand;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The example extensions, as beans, when {@code chatter.examples.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("chatter.examples.enabled")
class ExamplesConfiguration {

    @Bean
    HelpBot helpBot(ObjectProvider<SlashCommand> commands) {
        return new HelpBot(commands);
    }

    @Bean
    RollCommand rollCommand() {
        return new RollCommand();
    }

    @Bean
    ShrugCommand shrugCommand() {
        return new ShrugCommand();
    }

    @Bean
    ReminderStore reminderStore(JdbcClient jdbc) {
        return new ReminderStore(jdbc);
    }

    @Bean
    RemindCommand remindCommand(ReminderStore store, Clock clock) {
        return new RemindCommand(store, clock);
    }

    @Bean
    ReminderPoller reminderPoller(ReminderStore store, Messenger messenger, Clock clock,
            @Value("${chatter.examples.reminders.poll-interval:1s}") Duration interval) {
        return new ReminderPoller(store, messenger, clock, interval);
    }

    @Bean
    RollTogetherAction rollTogetherAction() {
        return new RollTogetherAction();
    }
}
