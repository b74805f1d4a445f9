package com.chatter.chat;

import com.chatter.account.UserId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's reaction to a message is now {@code emoji} (null: they took it back). The event says what one person
 * changed, not the whole list: changes of different people made on different instances may arrive in either order,
 * and applying them in any order gives the same reactions (see {@link Reaction#apply}).
 */
public record ReactionsChanged(ConversationId conversationId, MessageId messageId, long seq, UserId memberId,
        @Nullable String emoji) implements MessageChanged {

    /** The reactions after this change, from the reactions before it. */
    public List<Reaction> applyTo(List<Reaction> before) {
        return Reaction.apply(before, memberId, emoji);
    }
}
