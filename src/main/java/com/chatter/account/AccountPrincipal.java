package com.chatter.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in user as Spring Security holds it: username and password hash plus the user's id and display name. */
public class AccountPrincipal extends User {

    private final UserId userId;
    private final String displayName;

    AccountPrincipal(UserId userId, String username, String displayName, String passwordHash) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.userId = userId;
        this.displayName = displayName;
    }

    public UserId userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public UserSummary summary() {
        return new UserSummary(userId, getUsername(), displayName);
    }
}
