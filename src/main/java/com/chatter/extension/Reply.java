package com.chatter.extension;

/**
 * What a {@link SlashCommand} or a {@link ChatRoomAction} answers: post a message for everybody in the
 * conversation, answer only the person who ran it, or nothing.
 *
 * <pre>{@code
 * return Reply.post("🎲 " + roll);          // stored and shown to both, like a typed message
 * return Reply.onlyYou("Usage: /roll 20");  // an "only you can see this" bubble, never stored
 * return Reply.nothing();
 * }</pre>
 */
public sealed interface Reply permits Reply.Post, Reply.OnlyYou, Reply.Nothing {

    /** Posts {@code text} into the conversation as the person who ran the command (as if they had typed it). */
    static Reply post(String text) {
        return new Post(text);
    }

    /** Shows {@code text} to the person who ran the command only, in the open chat; never stored or relayed. */
    static Reply onlyYou(String text) {
        return new OnlyYou(text);
    }

    static Reply nothing() {
        return new Nothing();
    }

    /** @param text the message posted for everybody */
    record Post(String text) implements Reply {
    }

    /** @param text what only the caller sees */
    record OnlyYou(String text) implements Reply {
    }

    /** Nothing to show. */
    record Nothing() implements Reply {
    }
}
