package com.chatter.chat;

import java.io.Serializable;
import java.util.Optional;

/** Identifies a conversation. */
public record ConversationId(long value) implements Serializable {

    /** Parses an id from a URL; anything that is not a positive number is no conversation. */
    public static Optional<ConversationId> parse(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(new ConversationId(value)) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
