package com.chatter.extension;

import java.time.Instant;

/**
 * A person registered (bots' accounts, created on start, are not announced).
 *
 * <pre>{@code
 * @EventListener
 * void on(UserRegisteredEvent e) { welcome.send(e.user().id()); }
 * }</pre>
 *
 * @param user the new account
 * @param occurredAt when
 */
public record UserRegisteredEvent(UserRef user, Instant occurredAt) implements IntegrationEvent {

    @Override
    public String type() {
        return "user.registered";
    }
}
