package com.chatter.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's login, case-insensitively by username. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AdminAccounts admins;

    AccountDetailsService(AccountRepository accounts, AdminAccounts admins) {
        this.accounts = accounts;
        this.admins = admins;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameKey(Account.key(username == null ? "" : username.strip()))
                .map(a -> new AccountPrincipal(a.id(), a.username(), a.displayName(), a.passwordHash(),
                        admins.isAdmin(a.username())))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
