package com.chatter.examples;

import com.chatter.extension.CommandInvocation;
import com.chatter.extension.Reply;
import com.chatter.extension.SlashCommand;

/** {@code /shrug text}: posts the text with ¯\_(ツ)_/¯ after it, for everybody (a command that posts). */
class ShrugCommand implements SlashCommand {

    static final String SHRUG = "¯\\_(ツ)_/¯";

    @Override
    public String name() {
        return "shrug";
    }

    @Override
    public String description() {
        return "Posts your message with " + SHRUG + " after it";
    }

    @Override
    public Reply run(CommandInvocation invocation) {
        return Reply.post((invocation.arguments() + " " + SHRUG).strip());
    }
}
