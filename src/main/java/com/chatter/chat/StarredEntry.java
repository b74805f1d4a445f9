package com.chatter.chat;

import java.time.Instant;

/** One entry of the starred messages page: the message, the name of its chat, and when it was starred. */
public record StarredEntry(ChatMessage message, String chatName, Instant starredAt) implements java.io.Serializable {
}
