package com.chatter.realtime;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the Redis client behaves for the relay: while Redis is unreachable, commands fail at once instead of piling
 * up (so sending a message never waits for Redis), and reconnecting is retried at least every half second, so a
 * Redis that comes back is used again, and the views caught up, well within two seconds.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chat.relay", havingValue = "redis")
class RedisRelayConfiguration {

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
