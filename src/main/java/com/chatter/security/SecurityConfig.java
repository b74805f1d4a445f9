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
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
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
                        .requestMatchers("/styles.css", "/attention.css", "/extensions.css", "/message-actions.css",
                                "/images/**", "/actuator/health", "/actuator/health/**")
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
                .headers(SecurityConfig::headers)
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
     * The Content-Security-Policy, tightest that Vaadin Flow 25 runs under in production and development mode
     * (checked in Chromium by {@code ContentSecurityPolicyIT}). Why each source is there:
     * <ul>
     * <li>{@code default-src 'self'}: everything (scripts, styles, fonts, the bundle's chunks) comes from this
     * origin; nothing from a CDN.</li>
     * <li>{@code script-src 'unsafe-inline'}: the bootstrap page starts Flow's client engine with an inline script;
     * {@code 'unsafe-eval'}: the engine runs what the server sends ({@code executeJs}, event data expressions) by
     * constructing functions from text. Both are Vaadin Flow's documented requirements.</li>
     * <li>{@code style-src 'unsafe-inline'}: Lumo and the web components inject {@code <style>} elements and
     * {@code style} attributes.</li>
     * <li>{@code img-src data:}, {@code font-src data:}: Lumo's icons and component parts are data URLs.</li>
     * <li>{@code connect-src 'self'}: the UIDL requests and the Push WebSocket go to this origin ('self' covers
     * {@code ws:}/{@code wss:} of the same host in CSP Level 3).</li>
     * <li>{@code object-src 'none'}, {@code base-uri 'self'}, {@code form-action 'self'}: no plugins, no
     * {@code <base>} hijacking, forms post only here; {@code frame-ancestors 'none'}: never framed.</li>
     * </ul>
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Browser features the app does not use are switched off. (The Notification API is not a permissions-policy
     * feature: denying these does not affect it.)
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /**
     * Security headers on every response that passes the filter chain: HTML, the API, static files and Vaadin's
     * resources. HSTS only goes out on requests that arrived over TLS (directly, or as the proxy says with
     * {@code X-Forwarded-Proto: https} and {@code server.forward-headers-strategy=native}).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Written before the request is handled, not when the response commits: Vaadin's bootstrap page
                // (IndexHtmlRequestHandler) commits its response in a way the lazy writer misses, and it sets its
                // own X-Frame-Options (SAMEORIGIN) unless the response already has one.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
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
