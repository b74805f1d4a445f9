package com.chatter.security;

import com.chatter.account.AccountPrincipal;
import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf the current call runs: from the HTTP request, or from the Vaadin session inside
 * {@code ui.access} (Vaadin's security context strategy keeps it there).
 */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The current user's id; fails when nobody is logged in. */
    public UserId require() {
        return principal().map(AccountPrincipal::userId)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    public UserSummary requireSummary() {
        return principal().map(AccountPrincipal::summary)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }
}
