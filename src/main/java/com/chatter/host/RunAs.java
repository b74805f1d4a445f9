package com.chatter.host;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a call with an account logged in on this thread (a bot's, or the person who set a reminder), so the chat's
 * services check membership and limits for that account exactly as for a request. Restores the previous login.
 */
@Component
class RunAs {

    private final UserDetailsService users;

    RunAs(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            if (previous.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
