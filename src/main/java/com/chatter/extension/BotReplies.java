package com.chatter.extension;

/**
 * How a {@link ChatBot} answers the message it was given: each call posts one message into that conversation as
 * the bot, through the same service as a person's message (membership, limits and the live relay apply).
 *
 * <pre>{@code
 * replies.reply("Got it: " + message.text());
 * }</pre>
 */
@FunctionalInterface
public interface BotReplies {

    /**
     * Posts {@code text} as the bot. A text the chat refuses (empty, too long) throws
     * {@link IllegalArgumentException}; the bot host logs and counts it.
     */
    void reply(String text);
}
