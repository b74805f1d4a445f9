package com.chatter.security;

import com.chatter.account.AccountPrincipal;
import com.chatter.limits.RateLimiter;
import com.chatter.security.ui.LoginView;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            RateLimiter limiter, SessionProperties sessions, CredentialsVersions versions, Clock clock,
            RequestUtil vaadinRequests) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var guard = new SessionGuard(sessions, versions, clock);
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return http
                // Password logins are limited per account and per client address (ThrottledAuthenticationProvider).
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, limiter)))
                .formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler("/login")))
                // CSRF protection everywhere but on Vaadin's own requests (which carry Vaadin's security key).
                // Vaadin's configurer would also exempt the login form's POST; it is protected here (the login
                // form sends the token from the page's _csrf meta tag).
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                // The JSON API answers 401, never a redirect to the login page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/styles.css", "/images/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Vaadin's configurer denies every request it doesn't know: the JSON API is for any logged-in
                        // user (the service checks membership of each conversation).
                        .requestMatchers(api).authenticated()
                        // Metrics and the other actuator endpoints: administrators only (health is open above).
                        .requestMatchers("/actuator/**").hasAuthority(AccountPrincipal.ROLE_ADMIN))
                // A new session id at login (the session itself is kept), stamped with the login's time and the
                // account's credentials version; SessionGuard ends it after its lifetime or a password change.
                .sessionManagement(s -> s.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                        List.of(new ChangeSessionIdAuthenticationStrategy(), guard.atLogin()))))
                .addFilterAfter(guard, SecurityContextHolderFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                        .enableCsrfConfiguration(false)
                        .addLogoutHandler(closeTheSessionsOtherPages()))
                .build();
    }

    /** Logging out in one tab ends every open page of the session at once: the others go to the login page. */
    private static LogoutHandler closeTheSessionsOtherPages() {
        return (request, response, authentication) -> {
            var session = VaadinSession.getCurrent();
            if (session != null && session.hasLock()) {
                OpenSessions.leaveAllPages(session, UI.getCurrent());
            }
        };
    }

    /**
     * bcrypt with {id} prefixes, so the algorithm can change without a migration; passwords longer than bcrypt's 72
     * bytes are pre-hashed ({@link PasswordHashing}). The cost factor is a setting (default 10, Spring's default);
     * tests lower it because hashing dominates their run time.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${chatter.security.bcrypt-strength:10}") int bcryptStrength) {
        return PasswordHashing.encoder(bcryptStrength);
    }
}
