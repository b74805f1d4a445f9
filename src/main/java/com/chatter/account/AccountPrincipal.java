package com.chatter.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user as Spring Security holds it: username and password hash plus the user's id and display name.
 * Everybody has the role USER; the administrators named in configuration also ADMIN.
 */
public class AccountPrincipal extends User {

    public static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final UserId userId;
    private final String displayName;

    AccountPrincipal(UserId userId, String username, String displayName, String passwordHash, boolean admin) {
        super(username, passwordHash, authorities(admin));
        this.userId = userId;
        this.displayName = displayName;
    }

    private static List<GrantedAuthority> authorities(boolean admin) {
        var authorities = new ArrayList<GrantedAuthority>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        if (admin) {
            authorities.add(new SimpleGrantedAuthority(ROLE_ADMIN));
        }
        return authorities;
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
