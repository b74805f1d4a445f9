package com.chatter.realtime;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.data.redis.health.DataRedisHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The relay, chosen when the application starts from {@code chat.relay} ({@code memory}, the default, or
 * {@code redis}), in this one {@code @Bean} method rather than with {@code @ConditionalOnProperty}: Spring AOT
 * (bench/results/startup.md) fixes conditions when the jar is built, so a jar built with the defaults would relay in
 * memory even with the {@code redis} profile. A method runs every time.
 */
@Configuration(proxyBeanMethods = false)
class RelayConfiguration {

    @Bean
    Broadcaster broadcaster(Environment environment, MeterRegistry meters,
            ObjectProvider<RedisConnectionFactory> redis, List<RelayEventTypes> eventTypes,
            ConfigurableListableBeanFactory beans) {
        var relay = relay(environment);
        if ("redis".equals(relay)) {
            // Stopped before the Redis client, as with a constructor dependency: the relay unsubscribes first.
            for (var name : beans.getBeanNamesForType(RedisConnectionFactory.class)) {
                beans.registerDependentBean(name, "broadcaster");
            }
        }
        return switch (relay) {
            case "memory" -> new InMemoryBroadcaster(meters,
                    integer(environment, "${chat.relay.dispatch.lanes:4}"),
                    integer(environment, "${chat.relay.dispatch.queue-capacity:10000}"));
            case "redis" -> new RedisBroadcaster(redis.getObject(), meters,
                    environment.resolvePlaceholders("${chat.relay.redis.channel-prefix:chatter.relay.}"),
                    integer(environment, "${chat.relay.dispatch.lanes:${chat.relay.redis.lanes:4}}"),
                    integer(environment,
                            "${chat.relay.dispatch.queue-capacity:${chat.relay.redis.queue-capacity:10000}}"),
                    environment.resolvePlaceholders("${chat.relay.redis.secret:}"),
                    Binder.get(environment).bind("chat.relay.redis.max-age", Duration.class)
                            .orElse(Duration.ofSeconds(60)),
                    eventTypes);
            default -> throw new IllegalStateException(
                    "chat.relay must be memory or redis, not '" + relay + "'");
        };
    }

    /**
     * Redis' state in {@code /actuator/health} (component {@code redis}, not in the readiness group: an instance
     * without Redis still serves its own users) when the relay is Redis, and no such component otherwise. Chosen here
     * at start for the same reason as the relay: Spring Boot's own Redis health check is switched on by a property
     * condition, which Spring AOT would fix at build time ({@code management.health.redis.enabled} stays false, so
     * that check never exists). The bean name gives the component's name.
     */
    @Bean
    @Nullable HealthIndicator redisHealthContributor(Environment environment,
            ObjectProvider<RedisConnectionFactory> redis) {
        return "redis".equals(relay(environment)) ? new DataRedisHealthIndicator(redis.getObject()) : null;
    }

    private static String relay(Environment environment) {
        return environment.getProperty("chat.relay", "memory");
    }

    private static int integer(Environment environment, String placeholder) {
        return Integer.parseInt(environment.resolveRequiredPlaceholders(placeholder).strip());
    }

    /**
     * How the Redis client behaves (used by the Redis relay and, with it, the shared rate limits): while Redis is
     * unreachable, commands fail at once instead of piling up (so sending a message never waits for Redis), and
     * reconnecting is retried at least every half second, so a Redis that comes back is used again, and the views
     * caught up, well within two seconds. Registered always (also unconditional for Spring AOT): without the
     * {@code redis} relay nothing connects to Redis, so they change nothing.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer chatRelayClientOptions() {
        return options -> options.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    ClientResourcesBuilderCustomizer chatRelayReconnectDelay() {
        return resources -> resources.reconnectDelay(
                Delay.exponential(Duration.ofMillis(50), Duration.ofMillis(500), 2, TimeUnit.MILLISECONDS));
    }
}
