package com.chatter.chat;

import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One row of the chat list.
 *
 * @param lastMessage the newest message, or null before the first one
 * @param unreadCount messages of the other person that I have not read
 * @param otherDeliveredSeq how far my messages have reached an open page of the other person
 * @param state how I keep this conversation in my list (pinned, archived, muted, marked unread, draft)
 */
public record ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
        Instant lastActivityAt, long unreadCount, long otherLastReadSeq, long otherDeliveredSeq,
        ChatListState state) {

    /** The chat list's order: most recent activity first (as {@link ChatService#listConversations()} sorts). */
    public static final Comparator<ConversationSummary> NEWEST_FIRST = Comparator
            .comparing(ConversationSummary::lastActivityAt).reversed()
            .thenComparing(summary -> summary.id().value(), Comparator.reverseOrder());

    /** As shown: pinned chats on top (the latest pinned first), then the most recent activity first. */
    public static final Comparator<ConversationSummary> LIST_ORDER = Comparator
            .comparing((ConversationSummary s) -> s.state().pinnedAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_FIRST);

    public ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
            Instant lastActivityAt, long unreadCount, long otherLastReadSeq) {
        this(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq, otherLastReadSeq,
                ChatListState.NONE);
    }

    /** The sequence number of the newest message, 0 before the first one. */
    public long lastSeq() {
        return lastMessage == null ? 0 : lastMessage.seq();
    }

    /** Counts in the tab title: unread (or marked unread) and not muted. */
    public boolean countsAsUnread() {
        return (unreadCount > 0 || state.markedUnread()) && !state.muted();
    }

    /**
     * This row after a live event of its conversation, computed from the event alone (no database read), as the
     * user {@code me} sees it; the same row when the event changes nothing.
     */
    public ConversationSummary apply(ChatEvent event, UserId me) {
        if (!event.conversationId().equals(id)) {
            return this;
        }
        long myReadSeq = lastSeq() - unreadCount;
        return switch (event) {
            case MessagePosted posted -> {
                var message = posted.message();
                if (message.seq() <= lastSeq()) {
                    yield this;
                }
                boolean mine = message.senderId().equals(me);
                long read = mine ? message.seq() : myReadSeq;
                // Sending clears "marked unread" (the server does the same).
                var newState = mine && state.markedUnread()
                        ? new ChatListState(state.pinnedAt(), state.archived(), state.muted(), false, state.draft())
                        : state;
                yield new ConversationSummary(id, other, message, message.createdAt(), message.seq() - read,
                        otherLastReadSeq, otherDeliveredSeq, newState);
            }
            case MessagesRead read when read.readerId().equals(me) -> read.lastReadSeq() <= myReadSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt,
                            Math.max(0, lastSeq() - read.lastReadSeq()), otherLastReadSeq, otherDeliveredSeq,
                            state.markedUnread() ? new ChatListState(state.pinnedAt(), state.archived(),
                                    state.muted(), false, state.draft()) : state);
            case MessagesRead read -> read.lastReadSeq() <= otherLastReadSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount,
                            read.lastReadSeq(), otherDeliveredSeq, state);
            case MessagesDelivered delivered -> delivered.recipientId().equals(me)
                    || delivered.lastDeliveredSeq() <= otherDeliveredSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq,
                            delivered.lastDeliveredSeq(), state);
            case ChatStateChanged changed -> !changed.memberId().equals(me) || changed.state().equals(state) ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq,
                            otherDeliveredSeq, changed.state());
            case TypingStarted typing -> this;
            case MessageChanged changed -> withChangedLastMessage(changed);
        };
    }

    /** An edit or deletion of the newest message shows in the preview; other changes leave the row as it is. */
    private ConversationSummary withChangedLastMessage(MessageChanged changed) {
        if (lastMessage == null || !lastMessage.id().equals(changed.messageId())) {
            return this;
        }
        var changedLast = switch (changed) {
            case MessageEdited edited -> lastMessage.withEdit(edited.content(), edited.editedAt());
            case MessageDeleted deleted -> lastMessage.asDeleted();
            default -> lastMessage;
        };
        return changedLast == lastMessage ? this
                : new ConversationSummary(id, other, changedLast, lastActivityAt, unreadCount, otherLastReadSeq);
    }

    /** True when the newest message is mine and the other person has read it. */
    public boolean lastMessageReadByOther() {
        return lastMessage != null && otherLastReadSeq >= lastMessage.seq();
    }

    /** The ticks of the newest message (mine): "sent", "delivered" or "read". */
    public String lastMessageStatus() {
        if (lastMessageReadByOther()) {
            return "read";
        }
        return lastMessage != null && otherDeliveredSeq >= lastMessage.seq() ? "delivered" : "sent";
    }
}
