package com.chatter.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How one member keeps a conversation in their chat list: pinned (on top, at most {@link ChatListService#MAX_PINNED}),
 * archived (out of the main list), muted (no notification, no title count), marked unread, and the draft left in
 * the composer.
 */
public record ChatListState(@Nullable Instant pinnedAt, boolean archived, boolean muted, boolean markedUnread,
        @Nullable String draft) {

    public static final ChatListState NONE = new ChatListState(null, false, false, false, null);

    public boolean pinned() {
        return pinnedAt != null;
    }

    /** The draft, or "" when there is none. */
    public String draftText() {
        return draft == null ? "" : draft;
    }
}
