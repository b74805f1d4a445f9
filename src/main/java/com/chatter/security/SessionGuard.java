package com.chatter.security;

import com.chatter.account.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session (ASVS V7.3) when it has lasted longer than its absolute lifetime, however active it
 * was, or when the password was changed after it logged in (the account's credentials version went up). The
 * request then goes on as an anonymous one: a page is sent to the login page, the JSON API answers 401.
 * Part of the security filter chain only (not a bean, so not a servlet filter of its own).
 */
final class SessionGuard extends OncePerRequestFilter {

    static final String LOGGED_IN_AS = "chatter.session.loggedInAs";
    static final String LOGGED_IN_AT = "chatter.session.loggedInAt";
    static final String CREDENTIALS_VERSION = "chatter.session.credentialsVersion";

    private final SessionProperties properties;
    private final CredentialsVersions versions;
    private final Clock clock;

    SessionGuard(SessionProperties properties, CredentialsVersions versions, Clock clock) {
        this.properties = properties;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal && !valid(session, principal)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    /** At login (a session authentication strategy): when it started, and under which credentials version. */
    SessionAuthenticationStrategy atLogin() {
        return (authentication, request, response) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
                stamp(request.getSession(), principal);
            }
        };
    }

    private void stamp(HttpSession session, AccountPrincipal principal) {
        var user = principal.userId();
        session.setAttribute(LOGGED_IN_AS, user.value());
        session.setAttribute(LOGGED_IN_AT, clock.millis());
        session.setAttribute(CREDENTIALS_VERSION, versions.current(user));
    }

    private boolean valid(HttpSession session, AccountPrincipal principal) {
        long now = clock.millis();
        try {
            var user = principal.userId();
            if (!(session.getAttribute(LOGGED_IN_AT) instanceof Long loggedInAt)
                    || !Long.valueOf(user.value()).equals(session.getAttribute(LOGGED_IN_AS))) {
                stamp(session, principal); // logged in some other way than the login form: it starts now
                return true;
            }
            if (now - loggedInAt > properties.absoluteTimeout().toMillis()) {
                return false;
            }
            return session.getAttribute(CREDENTIALS_VERSION) instanceof Integer version
                    && version >= versions.current(user);
        } catch (IllegalStateException invalidated) {
            return true; // nothing left to end
        }
    }
}
