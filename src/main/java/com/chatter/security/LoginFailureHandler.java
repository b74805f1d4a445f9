package com.chatter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed login: {@code ?error} for a wrong username or password,
 * {@code ?error&wait=SECONDS} when the attempt was refused because of too many failures.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var target = exception instanceof LoginThrottledException throttled
                ? loginPath + "?error&wait=" + Math.max(1, (throttled.waitFor().toMillis() + 999) / 1000)
                : loginPath + "?error";
        redirect.sendRedirect(request, response, target);
    }
}
