package com.chatter.extension;

/**
 * One run of a {@link SlashCommand}: who typed it, where, and what came after the name.
 *
 * <pre>{@code
 * // "/remind 10m call mum" typed by Amy in her chat with Ben:
 * invocation.name()      // "remind"
 * invocation.arguments() // "10m call mum"
 * invocation.caller()    // Amy, invocation.other(): Ben
 * }</pre>
 *
 * @param name the command's name (without the slash)
 * @param arguments the text after the name, stripped ("" when none)
 * @param conversationId the open conversation
 * @param caller the person who ran the command
 * @param other the other member of the conversation
 */
public record CommandInvocation(String name, String arguments, long conversationId, UserRef caller,
        UserRef other) {
}
