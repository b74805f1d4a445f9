package com.chatter.account;

import java.io.Serializable;

/** What other people see of a user: the id, the unique username and the display name. */
public record UserSummary(UserId id, String username, String displayName) implements Serializable {
}
