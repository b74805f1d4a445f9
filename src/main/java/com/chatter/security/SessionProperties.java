package com.chatter.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session rules beyond the servlet container's idle timeout ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout how long a login lasts at most, however active the session ({@code CHATTER_SESSION_LIFETIME})
 * @param credentialsCheckInterval how long an instance trusts what it read of an account's credentials version
 *        (a password change ends the user's sessions on other instances within about this time of their next request)
 */
@ConfigurationProperties("chatter.security.session")
record SessionProperties(@DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("10s") Duration credentialsCheckInterval) {
}
