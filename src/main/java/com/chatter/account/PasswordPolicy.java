package com.chatter.account;

import com.chatter.base.TextRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0 V6.2): 8 to 128 characters of any kind, not one of the 10,000 most
 * common passwords (the list shipped in {@code passwords/common-passwords.txt}, see its LICENSE file), and not the
 * username. Nothing else is demanded: no composition rules.
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why the password can't be used, or empty when it can. */
    Optional<String> problem(String password, String username) {
        int length = TextRules.length(password);
        if (length < AccountService.PASSWORD_MIN) {
            return Optional.of("Use at least " + AccountService.PASSWORD_MIN + " characters");
        }
        if (length > AccountService.PASSWORD_MAX) {
            return Optional.of("Use at most " + AccountService.PASSWORD_MAX + " characters");
        }
        if (!TextRules.isStorable(password)) {
            return Optional.of("The password contains characters that can't be used");
        }
        if (isCommon(password)) {
            return Optional.of("This password is one of the most common ones: choose another");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("Don't use your username as your password");
        }
        return Optional.empty();
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        var words = new HashSet<String>(16_384);
        try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(COMMON_PASSWORDS).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (var line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Can't read " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(words);
    }
}
