package com.chatter.presence;

import com.chatter.account.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's presence as the viewer may see it: online while they have any open page (on any instance), else
 * when they were last seen, or no time at all when either of the two hides their last seen.
 */
public record Presence(UserId userId, boolean online, @Nullable Instant lastSeenAt) {
}
