package com.chatter.security;

import com.chatter.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return http
                // The JSON API answers 401, never a redirect to the login page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/styles.css", "/extensions.css", "/images/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Vaadin's configurer denies every request it doesn't know: the JSON API is for any logged-in
                        // user (the service checks membership of each conversation).
                        .requestMatchers(api).authenticated()
                        // Metrics and the other actuator endpoints: for logged-in people only (health is open above).
                        .requestMatchers("/actuator/**").authenticated())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                .build();
    }

    /**
     * bcrypt with {id} prefixes, so the algorithm can change without a migration. The cost factor is a setting
     * (default 10, Spring's default); tests lower it because hashing dominates their run time.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${chatter.security.bcrypt-strength:10}") int bcryptStrength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
    }
}
