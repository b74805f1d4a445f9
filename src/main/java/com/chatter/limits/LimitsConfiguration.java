package com.chatter.limits;

import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /** Shared through Redis when the relay is Redis (the {@code redis} profile: several instances), else local. */
    @Bean
    RateLimiter rateLimiter(LimitsProperties properties, Environment environment,
            ObjectProvider<RedisConnectionFactory> redis) {
        BucketStore shared = null;
        if ("redis".equals(environment.getProperty("chat.relay"))
                && redis.getIfAvailable() instanceof LettuceConnectionFactory lettuce) {
            shared = new RedisBucketStore(lettuce, properties.redisKeyPrefix());
        }
        return new RateLimiter(properties, shared, TimeMeter.SYSTEM_MILLISECONDS);
    }

    @Bean
    @ConfigurationPropertiesBinding
    static RateConverter rateConverter() {
        return new RateConverter();
    }

    /** Binds {@code 5/15m} or {@code off} to a {@link Rate}. */
    static final class RateConverter implements Converter<String, Rate> {
        @Override
        public Rate convert(String source) {
            return Rate.parse(source);
        }
    }
}
