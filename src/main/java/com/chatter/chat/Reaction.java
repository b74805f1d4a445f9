package com.chatter.chat;

import com.chatter.account.UserId;
import java.util.List;

/** One emoji on a message and the people who picked it (each person has at most one reaction per message). */
public record Reaction(String emoji, List<UserId> by) implements java.io.Serializable {

    /** The quick reactions, in the picker's order; no other emoji is accepted. */
    public static final List<String> ALLOWED = List.of("👍", "❤️", "😂", "😮", "😢", "🙏");

    public Reaction {
        by = List.copyOf(by);
    }

    public int count() {
        return by.size();
    }
}
