package com.chatter;

import com.chatter.account.AccountService;
import com.chatter.account.RegistrationRequest;
import com.chatter.account.UserSummary;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People every view test can log in as ({@code @WithUserDetails("alice")}), created when the test context
 * starts (alice, bob, carol, and the pairs amyN/benN for tests that need a conversation of their own), and a way to act as one of them for a moment (e.g. "bob sends a message" while alice's view is open).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";
    /** amy1…amyN and ben1…benN: a fresh pair for each test that needs its own conversation. */
    public static final int POOL = 80;

    @Bean
    ApplicationRunner createTestUsers(AccountService accounts) {
        return args -> {
            var names = new java.util.ArrayList<>(java.util.List.of("alice", "bob", "carol"));
            for (int i = 1; i <= POOL; i++) {
                names.add("amy" + i);
                names.add("ben" + i);
            }
            for (var name : names) {
                if (accounts.findByUsername(name).isEmpty()) {
                    var display = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Example";
                    accounts.register(new RegistrationRequest(name, display, PASSWORD, PASSWORD));
                }
            }
        };
    }

    /** Runs the action with the given user logged in on this thread, then restores the previous login. */
    public static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static UserSummary user(AccountService accounts, String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
