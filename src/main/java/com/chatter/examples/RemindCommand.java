package com.chatter.examples;

import com.chatter.extension.CommandInvocation;
import com.chatter.extension.Reply;
import com.chatter.extension.SlashCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code /remind 10m text}: posts "⏰ Reminder: text" into this conversation, as the person who set it, once the
 * time is up (seconds {@code s}, minutes {@code m}, hours {@code h} or days {@code d}; at most 30 days). Stored,
 * so a restart in between changes nothing; {@link ReminderPoller} posts it.
 */
class RemindCommand implements SlashCommand {

    static final Duration MAX = Duration.ofDays(30);
    private static final Pattern ARGUMENTS = Pattern.compile("(\\d{1,7})\\s*([smhd])\\s+(\\S.*)", Pattern.DOTALL);
    private static final String USAGE = "Usage: /remind 10m text (s, m, h or d; up to 30 days)";

    private final ReminderStore store;
    private final Clock clock;

    RemindCommand(ReminderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "remind";
    }

    @Override
    public String description() {
        return "Posts a reminder here later, e.g. /remind 10m call mum";
    }

    @Override
    public String usage() {
        return "/remind 10m text";
    }

    @Override
    public Reply run(CommandInvocation invocation) {
        var matcher = ARGUMENTS.matcher(invocation.arguments());
        if (!matcher.matches()) {
            return Reply.onlyYou(USAGE);
        }
        long amount = Long.parseLong(matcher.group(1));
        var unit = matcher.group(2);
        var delay = switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (delay.isZero() || delay.compareTo(MAX) > 0) {
            return Reply.onlyYou(USAGE);
        }
        var text = matcher.group(3).strip();
        if (text.codePointCount(0, text.length()) > 4000) {
            return Reply.onlyYou("That reminder is too long: at most 4,000 characters.");
        }
        var now = clock.instant();
        store.add(invocation.conversationId(), invocation.caller().id(), text, now.plus(delay), now);
        return Reply.onlyYou("⏰ I'll post your reminder here in " + amount + " "
                + switch (unit) {
                    case "s" -> amount == 1 ? "second" : "seconds";
                    case "m" -> amount == 1 ? "minute" : "minutes";
                    case "h" -> amount == 1 ? "hour" : "hours";
                    default -> amount == 1 ? "day" : "days";
                } + ": " + text);
    }
}
