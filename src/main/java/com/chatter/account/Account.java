package com.chatter.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "username_key", nullable = false)
    private String usernameKey;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Goes up with every password change: sessions that logged in with an older one are ended. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;
    /** The account of a bot (see com.chatter.extension.ChatBot): nobody logs in as it. */
    @Column(nullable = false)
    private boolean bot;

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.usernameKey = key(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    UserId id() {
        return new UserId(id);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    boolean bot() {
        return bot;
    }

    /** Makes this a bot's account with the given display name. */
    void becomeBot(String displayName) {
        this.bot = true;
        this.displayName = displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    int credentialsVersion() {
        return credentialsVersion;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.credentialsVersion++;
    }

    UserSummary toSummary() {
        return new UserSummary(id(), username, displayName, bot);
    }
}
