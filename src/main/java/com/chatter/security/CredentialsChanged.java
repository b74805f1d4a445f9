package com.chatter.security;

import com.chatter.account.UserId;
import java.io.Serializable;

/**
 * A user's password changed: their sessions stamped with an older credentials version end now, on every instance
 * (relayed after the change is stored). Carries no session id: the session that made the change was stamped with
 * {@code version} already, so it stays; a replayed old event can only end sessions that are outdated anyway.
 */
public record CredentialsChanged(UserId userId, int version) implements Serializable {
}
