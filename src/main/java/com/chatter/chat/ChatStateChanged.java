package com.chatter.chat;

import com.chatter.account.UserId;

/** A member pinned, archived, muted, marked unread or left a draft in a conversation: for that member's tabs only. */
public record ChatStateChanged(ConversationId conversationId, UserId memberId, ChatListState state)
        implements ChatEvent {
}
