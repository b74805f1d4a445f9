package com.chatter.chat;

import com.chatter.account.UserId;

/**
 * The message a reply quotes, as the reply shows it.
 *
 * @param text the start of the quoted text ({@link #MAX_LENGTH} code points at most); empty when it was deleted
 */
public record MessageQuote(MessageId id, long seq, UserId senderId, String text, boolean deleted)
        implements java.io.Serializable {

    public static final int MAX_LENGTH = 160;

    static MessageQuote of(ChatMessage message) {
        return new MessageQuote(message.id(), message.seq(), message.senderId(), excerpt(message.content()),
                message.deleted());
    }

    /** The start of a text as a quote shows it (e.g. after the quoted message was edited). */
    public static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)) + "…";
        }
        return text;
    }
}
