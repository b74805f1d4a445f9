package com.chatter.examples;

import com.chatter.extension.Messenger;
import com.chatter.extension.SlashCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The example extensions, as beans, when {@code chatter.examples.enabled=true}.
 *
 * <p>Decided when the application starts, in the bean methods, not with a {@code @Conditional…}: Spring AOT (the
 * production jar, bench/results/startup.md) fixes conditions when the jar is built, so {@code CHATTER_EXAMPLES=false}
 * would not remove them from a jar built with the default. A bean method that returns {@code null} leaves no bean:
 * nothing is injected, listed or started for it.
 */
@Configuration(proxyBeanMethods = false)
class ExamplesConfiguration {

    private final boolean enabled;

    ExamplesConfiguration(@Value("${chatter.examples.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    private <T> @Nullable T ifEnabled(Supplier<T> example) {
        return enabled ? example.get() : null;
    }

    @Bean
    @Nullable HelpBot helpBot(ObjectProvider<SlashCommand> commands) {
        return ifEnabled(() -> new HelpBot(commands));
    }

    @Bean
    @Nullable RollCommand rollCommand() {
        return ifEnabled(RollCommand::new);
    }

    @Bean
    @Nullable ShrugCommand shrugCommand() {
        return ifEnabled(ShrugCommand::new);
    }

    @Bean
    @Nullable ReminderStore reminderStore(JdbcClient jdbc) {
        return ifEnabled(() -> new ReminderStore(jdbc));
    }

    @Bean
    @Nullable RemindCommand remindCommand(ObjectProvider<ReminderStore> store, Clock clock) {
        return ifEnabled(() -> new RemindCommand(store.getObject(), clock));
    }

    @Bean
    @Nullable ReminderPoller reminderPoller(ObjectProvider<ReminderStore> store, Messenger messenger, Clock clock,
            @Value("${chatter.examples.reminders.poll-interval:1s}") Duration interval) {
        return ifEnabled(() -> new ReminderPoller(store.getObject(), messenger, clock, interval));
    }

    @Bean
    @Nullable RollTogetherAction rollTogetherAction() {
        return ifEnabled(RollTogetherAction::new);
    }
}
