package com.chatter.security;

import com.chatter.limits.Limit;
import com.chatter.limits.RateLimiter;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins, limited against guessing (ASVS V6.3): each attempt takes a token from the bucket of the
 * username (whether the account exists or not) and from that of the client address; when either is empty the
 * attempt is refused before the password is looked at ({@link LoginThrottledException}). A successful login gives
 * its tokens back, so only failures count. The buckets refill over time, so nobody is locked out for good; with
 * several instances they live in Redis and the limit holds whichever instance a request reaches.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final RateLimiter limiter;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, RateLimiter limiter) {
        this.passwords = passwords;
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var account = accountKey(attempt.getName());
        var address = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        var accountWait = limiter.tryTake(Limit.LOGIN_PER_ACCOUNT, account);
        if (accountWait.isPresent()) {
            throw new LoginThrottledException(accountWait.get());
        }
        var addressWait = limiter.tryTake(Limit.LOGIN_PER_ADDRESS, address);
        if (addressWait.isPresent()) {
            limiter.giveBack(Limit.LOGIN_PER_ACCOUNT, account);
            throw new LoginThrottledException(addressWait.get());
        }
        // A wrong password (BadCredentialsException) leaves both tokens taken: that is the failure counted.
        var result = passwords.authenticate(attempt);
        limiter.giveBack(Limit.LOGIN_PER_ACCOUNT, account);
        limiter.giveBack(Limit.LOGIN_PER_ADDRESS, address);
        return result;
    }

    static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
