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
        var text = message.content();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)) + "…";
        }
        return new MessageQuote(message.id(), message.seq(), message.senderId(), text, message.deleted());
    }
}
