package com.chatter.extension;

import java.time.Instant;

/**
 * A message a {@link ChatBot} receives: stored and committed already.
 *
 * <pre>{@code
 * if (message.text().strip().equalsIgnoreCase("ping")) replies.reply("pong");
 * }</pre>
 *
 * @param messageId the stored message's id
 * @param conversationId the conversation it was posted in (the bot is a member)
 * @param seq its sequence number in the conversation (1, 2, 3, …)
 * @param from who wrote it (never the bot itself, never another bot)
 * @param text the text exactly as typed
 * @param sentAt when it was stored
 */
public record IncomingMessage(long messageId, long conversationId, long seq, UserRef from, String text,
        Instant sentAt) {
}
