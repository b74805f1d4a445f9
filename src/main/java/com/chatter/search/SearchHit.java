package com.chatter.search;

import com.chatter.account.UserId;
import java.time.Instant;

/**
 * A message that contains the searched text.
 *
 * @param chatName the display name of the other person of the message's chat
 */
public record SearchHit(long messageId, long conversationId, long seq, UserId senderId, String chatName,
        String content, Instant createdAt) implements java.io.Serializable {
}
