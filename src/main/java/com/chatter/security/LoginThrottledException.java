package com.chatter.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login attempt refused without checking the password: too many failures for the account or the address. */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many attempts");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }
}
