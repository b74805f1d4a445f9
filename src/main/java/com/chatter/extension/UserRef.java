package com.chatter.extension;

/**
 * A person or bot as extensions see it.
 *
 * <pre>{@code
 * String greeting = "Hello " + message.from().displayName() + " (@" + message.from().username() + ")";
 * }</pre>
 *
 * @param id the account id (stable, use it to store references)
 * @param username the unique username (shown as {@code @username})
 * @param displayName the name people see
 * @param bot whether the account belongs to a {@link ChatBot}
 */
public record UserRef(long id, String username, String displayName, boolean bot) {
}
