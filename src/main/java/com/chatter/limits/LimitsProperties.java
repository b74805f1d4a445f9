package com.chatter.limits;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits, under {@code chatter.limits.*} (see application.properties and README "Configuration"). Each is a
 * {@link Rate} such as {@code 5/15m}, or {@code off}.
 *
 * @param loginPerAccount failed logins per username
 * @param loginPerAddress failed logins per client address
 * @param registrationPerAddress registrations per client address
 * @param sendPerUser messages per user
 * @param redisKeyPrefix prefix of the bucket keys in Redis (when the buckets are shared through Redis)
 */
@ConfigurationProperties("chatter.limits")
public record LimitsProperties(
        @DefaultValue("5/15m") Rate loginPerAccount,
        @DefaultValue("20/15m") Rate loginPerAddress,
        @DefaultValue("5/1h") Rate registrationPerAddress,
        @DefaultValue("30/10s") Rate sendPerUser,
        @DefaultValue("chatter.limits.") String redisKeyPrefix) {

    Map<Limit, Rate> rates() {
        var rates = new EnumMap<Limit, Rate>(Limit.class);
        rates.put(Limit.LOGIN_PER_ACCOUNT, loginPerAccount);
        rates.put(Limit.LOGIN_PER_ADDRESS, loginPerAddress);
        rates.put(Limit.REGISTRATION_PER_ADDRESS, registrationPerAddress);
        rates.put(Limit.SEND_PER_USER, sendPerUser);
        return rates;
    }
}
