package com.chatter.limits;

/** The limited actions, each with its own buckets (and its own key prefix where they are shared). */
public enum Limit {
    /** Failed logins for one username (whether it exists or not). */
    LOGIN_PER_ACCOUNT("login-account"),
    /** Failed logins from one client address. */
    LOGIN_PER_ADDRESS("login-address"),
    /** Registrations from one client address. */
    REGISTRATION_PER_ADDRESS("registration-address"),
    /** Messages sent by one user. */
    SEND_PER_USER("send-user");

    private final String prefix;

    Limit(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }
}
