package com.chatter.account;

import java.io.Serializable;

/**
 * What other people see of a user: the id, the unique username, the display name, and whether the account is a
 * bot's (shown with a "bot" badge).
 */
public record UserSummary(UserId id, String username, String displayName, boolean bot) implements Serializable {

    /** A person (not a bot). */
    public UserSummary(UserId id, String username, String displayName) {
        this(id, username, displayName, false);
    }
}
