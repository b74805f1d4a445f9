package com.chatter.chat;

import com.chatter.account.UserId;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * The reactions after {@code member}'s reaction became {@code emoji} (null: none): one reaction per person, a new
     * emoji is added at the end. Idempotent, and changes of different people commute.
     */
    public static List<Reaction> apply(List<Reaction> before, UserId member, @Nullable String emoji) {
        var result = new java.util.ArrayList<Reaction>();
        boolean added = false;
        for (var reaction : before) {
            var people = new java.util.ArrayList<>(reaction.by());
            people.remove(member);
            if (reaction.emoji().equals(emoji)) {
                people.add(member);
                added = true;
            }
            if (!people.isEmpty()) {
                result.add(new Reaction(reaction.emoji(), people));
            }
        }
        if (emoji != null && !added) {
            result.add(new Reaction(emoji, List.of(member)));
        }
        return List.copyOf(result);
    }
}
