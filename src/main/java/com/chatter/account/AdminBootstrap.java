package com.chatter.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator accounts named in configuration that don't exist yet, with the password from
 * configuration ({@code CHATTER_ADMIN_PASSWORD}); without one, none is created and the name stays reserved.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminAccounts admins;
    private final AccountService accounts;

    AdminBootstrap(AdminAccounts admins, AccountService accounts) {
        this.admins = admins;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (var name : admins.admins()) {
            var username = name.strip();
            if (username.isEmpty() || accounts.findByUsername(username).isPresent()) {
                continue;
            }
            var password = admins.adminPassword();
            if (password == null || password.isEmpty()) {
                log.warn("Administrator '{}' has no account and no CHATTER_ADMIN_PASSWORD is set: not created",
                        username);
                continue;
            }
            try {
                accounts.registerAdmin(new RegistrationRequest(username, username, password, password));
                log.info("Administrator account '{}' created", username);
            } catch (RegistrationException refused) {
                log.error("Administrator account '{}' not created: {}", username, refused.errors());
            } catch (org.springframework.dao.DataIntegrityViolationException createdByAnotherInstance) {
                log.info("Administrator account '{}' created by another instance", username);
            }
        }
    }
}
