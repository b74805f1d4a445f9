package com.chatter.security;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The accounts' credentials versions as this instance last read them (at most
 * {@link SessionProperties#credentialsCheckInterval()} ago), so checking a session costs no query per request.
 */
@Component
class CredentialsVersions {

    private record Known(int version, long readAtMillis) {
    }

    private static final int MAX_ENTRIES = 100_000;

    private final AccountService accounts;
    private final SessionProperties properties;
    private final Clock clock;
    private final Map<UserId, Known> versions = new ConcurrentHashMap<>();

    CredentialsVersions(AccountService accounts, SessionProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    int current(UserId user) {
        long now = clock.millis();
        var known = versions.get(user);
        if (known == null || now - known.readAtMillis() > properties.credentialsCheckInterval().toMillis()) {
            known = new Known(accounts.credentialsVersion(user), now);
            if (versions.size() >= MAX_ENTRIES) {
                versions.clear();
            }
            versions.put(user, known);
        }
        return known.version();
    }

    void changed(UserId user, int version) {
        versions.put(user, new Known(version, clock.millis()));
    }
}
