package com.chatter.chat;

import com.chatter.account.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored message. {@code seq} numbers the messages of one conversation 1, 2, 3, … without gaps.
 *
 * @param editedAt when the text was last edited, null if never
 * @param deleted deleted for everyone: {@code content} is then empty (the text is gone from the database)
 * @param forwarded a forwarded copy of another message
 * @param quote the message this one replies to, null if none
 * @param reactions the reactions, one per person, grouped by emoji
 * @param starred the viewer has starred it (per viewer; false in live events)
 */
public record ChatMessage(MessageId id, ConversationId conversationId, long seq, UserId senderId, String content,
        Instant createdAt, @Nullable Instant editedAt, boolean deleted, boolean forwarded,
        @Nullable MessageQuote quote, List<Reaction> reactions, boolean starred) implements java.io.Serializable {

    public ChatMessage {
        reactions = List.copyOf(reactions);
    }

    /**
     * A plain message (no edit, quote, reaction or star). A stored message is never empty, so an empty text means
     * it was deleted for everyone (e.g. the newest message of a chat list row).
     */
    public ChatMessage(MessageId id, ConversationId conversationId, long seq, UserId senderId, String content,
            Instant createdAt) {
        this(id, conversationId, seq, senderId, content, createdAt, null, content.isEmpty(), false, null, List.of(),
                false);
    }

    public boolean edited() {
        return editedAt != null;
    }

    /** This message after an edit. */
    public ChatMessage withEdit(String newContent, Instant at) {
        return new ChatMessage(id, conversationId, seq, senderId, newContent, createdAt, at, deleted, forwarded, quote,
                reactions, starred);
    }

    /** This message deleted for everyone: no text, no reactions, no star. */
    public ChatMessage asDeleted() {
        return new ChatMessage(id, conversationId, seq, senderId, "", createdAt, editedAt, true, forwarded, quote,
                List.of(), false);
    }

    public ChatMessage withReactions(List<Reaction> newReactions) {
        return new ChatMessage(id, conversationId, seq, senderId, content, createdAt, editedAt, deleted, forwarded,
                quote, newReactions, starred);
    }

    public ChatMessage withStarred(boolean newStarred) {
        return new ChatMessage(id, conversationId, seq, senderId, content, createdAt, editedAt, deleted, forwarded,
                quote, reactions, newStarred);
    }
}
