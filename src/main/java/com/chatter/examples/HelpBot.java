package com.chatter.examples;

import com.chatter.extension.BotReplies;
import com.chatter.extension.ChatBot;
import com.chatter.extension.IncomingMessage;
import com.chatter.extension.SlashCommand;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** {@code @helpbot}: answers "/help" (or "help") with the list of commands, and anything else with a hint. */
class HelpBot implements ChatBot {

    static final String USERNAME = "helpbot";

    private final ObjectProvider<SlashCommand> commands;

    HelpBot(ObjectProvider<SlashCommand> commands) {
        this.commands = commands;
    }

    @Override
    public String username() {
        return USERNAME;
    }

    @Override
    public String displayName() {
        return "Help Bot";
    }

    @Override
    public void onMessage(IncomingMessage message, BotReplies replies) {
        var text = message.text().strip().toLowerCase(Locale.ROOT);
        if (text.equals("/help") || text.equals("help")) {
            replies.reply(help());
        } else {
            replies.reply("Hi " + message.from().displayName() + "! I'm the help bot. Send /help to see what I can do.");
        }
    }

    String help() {
        var list = commands.orderedStream()
                .sorted(java.util.Comparator.comparing(SlashCommand::name))
                .map(c -> c.usage() + " — " + c.description())
                .collect(Collectors.joining("\n"));
        return list.isEmpty() ? "There are no commands yet." : "Commands (type / in any chat to pick one):\n" + list;
    }
}
