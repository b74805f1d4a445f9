package com.chatter.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrators: the accounts named in {@code chatter.security.admins} ({@code CHATTER_ADMINS}, comma
 * separated) get the role ADMIN (actuator endpoints other than health). Nobody else can register these names.
 * An administrator account that does not exist yet is created at start-up when
 * {@code chatter.security.admin-password} ({@code CHATTER_ADMIN_PASSWORD}) is set; there is no default password.
 */
@ConfigurationProperties("chatter.security")
record AdminAccounts(@DefaultValue List<String> admins, @Nullable String adminPassword) {

    Set<String> keys() {
        return admins.stream().map(String::strip).filter(s -> !s.isEmpty()).map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean isAdmin(String username) {
        return keys().contains(Account.key(username.strip()));
    }
}
