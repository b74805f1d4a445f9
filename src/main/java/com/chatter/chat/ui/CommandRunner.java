package com.chatter.chat.ui;

import com.chatter.extension.CommandInvocation;
import com.chatter.extension.RoomContext;
import com.chatter.extension.SlashCommand;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code /name arguments} typed in the composer. The exact name runs its command; a name typed only in part
 * (nothing after it) runs the first command it starts, the one on top of the menu. A text naming no command is
 * sent as it is.
 */
final class CommandRunner {

    private final List<SlashCommand> commands;
    private final Supplier<@Nullable RoomContext> room;
    private final RoomExtensions.Answer answer;

    CommandRunner(List<SlashCommand> commands, Supplier<@Nullable RoomContext> room, RoomExtensions.Answer answer) {
        this.commands = commands;
        this.room = room;
        this.answer = answer;
    }

    /** What to send instead of the typed text: the text itself, a command's post, or null when nothing is sent. */
    @Nullable String beforeSend(String text) {
        var context = room.get();
        if (context == null || !text.startsWith("/") || commands.isEmpty()) {
            return text;
        }
        var body = text.substring(1);
        int space = firstSpace(body);
        var name = space < 0 ? body : body.substring(0, space);
        var arguments = space < 0 ? "" : body.substring(space).strip();
        var command = find(name, arguments.isEmpty());
        if (command.isEmpty()) {
            return text;
        }
        var chosen = command.get();
        var invocation = new CommandInvocation(chosen.name(), arguments, context.conversationId(), context.me(),
                context.other());
        return answer.answer(() -> chosen.run(invocation), "/" + chosen.name());
    }

    private Optional<SlashCommand> find(String name, boolean mayBePartial) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        var exact = commands.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        if (exact.isPresent() || !mayBePartial) {
            return exact;
        }
        return matching(commands, name).stream().findFirst();
    }

    /** The commands whose name starts with {@code prefix} (any case), in name order. */
    static List<SlashCommand> matching(List<SlashCommand> commands, String prefix) {
        var lower = prefix.toLowerCase(java.util.Locale.ROOT);
        return commands.stream().filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).startsWith(lower)).toList();
    }

    static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
