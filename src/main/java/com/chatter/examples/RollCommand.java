package com.chatter.examples;

import com.chatter.extension.CommandInvocation;
import com.chatter.extension.Reply;
import com.chatter.extension.SlashCommand;
import java.util.concurrent.ThreadLocalRandom;

/** {@code /roll} (or {@code /roll 20}): rolls a die; only the person who rolled sees the result. */
class RollCommand implements SlashCommand {

    @Override
    public String name() {
        return "roll";
    }

    @Override
    public String description() {
        return "Rolls a die (1–6, or /roll 20 for 1–20); only you see the result";
    }

    @Override
    public Reply run(CommandInvocation invocation) {
        int sides = 6;
        if (!invocation.arguments().isEmpty()) {
            try {
                sides = Integer.parseInt(invocation.arguments());
            } catch (NumberFormatException notANumber) {
                sides = 0;
            }
            if (sides < 2 || sides > 1000) {
                return Reply.onlyYou("Usage: /roll or /roll 20 (2 to 1000 sides)");
            }
        }
        int rolled = ThreadLocalRandom.current().nextInt(1, sides + 1);
        return Reply.onlyYou("🎲 You rolled " + rolled + " (1–" + sides + ")");
    }
}
