package com.chatter.extension;

/**
 * A command typed in the composer as {@code /name arguments}. Typing "/" at the start of the composer opens a
 * list of the commands whose name starts with what was typed ({@code command-menu}, items
 * {@code command-{name}}); Enter or a click runs one. A text starting with "/" that names no command is sent as an
 * ordinary message.
 *
 * <p>The handler runs for the person who typed it, on their request (keep it quick; post later through
 * {@link Messenger}). Its {@link Reply} either posts a message as that person, or answers only them.
 *
 * <pre>{@code
 * @Component
 * class ShrugCommand implements SlashCommand {
 *     public String name() { return "shrug"; }
 *     public String description() { return "Appends ¯\\_(ツ)_/¯ to your message"; }
 *     public Reply run(CommandInvocation invocation) {
 *         return Reply.post((invocation.arguments() + " ¯\\_(ツ)_/¯").strip());
 *     }
 * }
 * }</pre>
 */
public interface SlashCommand {

    /** The name typed after "/": lower-case letters, digits and dashes, unique among the commands. */
    String name();

    /** One line for the suggestion list. */
    String description();

    /** How to call it, e.g. {@code /remind 10m text}; shown in the suggestion list. */
    default String usage() {
        return "/" + name();
    }

    /** Runs the command. Exceptions are logged and shown to the caller as a failure, only to them. */
    Reply run(CommandInvocation invocation);
}
