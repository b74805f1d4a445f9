package com.chatter.presence;

import com.chatter.account.UserId;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person came online, went offline, or changed who may see their last seen; relayed (after the change is stored)
 * on the person's own presence channel to the pages that show them. {@code lastSeenAt} is null when they hide it.
 */
public record PresenceChanged(UserId userId, boolean online, @Nullable Instant lastSeenAt) implements Serializable {
}
