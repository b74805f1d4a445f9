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
 * @param lastSeq the sequence number of the conversation's newest message, 0 before the first one; above
 *     {@code lastMessage}'s when I deleted the newest messages for me (the preview shows the newest one I still see)
 * @param myReadSeq how far I have read; may be ahead of {@code lastSeq} when the open room read a message before the
 *     list applied the message itself (both come in one batch), so that the message then counts as read
 */
public record ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
        Instant lastActivityAt, long unreadCount, long otherLastReadSeq, long otherDeliveredSeq,
        ChatListState state, long lastSeq, long myReadSeq) {

    /** A row whose read position is what the unread count says ({@code lastSeq - unreadCount}). */
    public ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
            Instant lastActivityAt, long unreadCount, long otherLastReadSeq, long otherDeliveredSeq,
            ChatListState state, long lastSeq) {
        this(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq, otherDeliveredSeq, state, lastSeq,
                lastSeq - unreadCount);
    }

    /** The chat list's order: most recent activity first (as {@link ChatService#listConversations()} sorts). */
    public static final Comparator<ConversationSummary> NEWEST_FIRST = Comparator
            .comparing(ConversationSummary::lastActivityAt).reversed()
            .thenComparing(summary -> summary.id().value(), Comparator.reverseOrder());

    /** As shown: pinned chats on top (the latest pinned first), then the most recent activity first. */
    public static final Comparator<ConversationSummary> LIST_ORDER = Comparator
            .comparing((ConversationSummary s) -> s.state().pinnedAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_FIRST);

    /** A row whose preview is the conversation's newest message. */
    public ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
            Instant lastActivityAt, long unreadCount, long otherLastReadSeq, long otherDeliveredSeq,
            ChatListState state) {
        this(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq, otherDeliveredSeq, state,
                lastMessage == null ? 0 : lastMessage.seq());
    }

    public ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
            Instant lastActivityAt, long unreadCount, long otherLastReadSeq) {
        this(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq, otherLastReadSeq,
                ChatListState.NONE);
    }

    /** This row showing another message as its preview (the newest I still see), the same position otherwise. */
    public ConversationSummary withPreview(@Nullable ChatMessage shown) {
        return new ConversationSummary(id, other, shown, lastActivityAt, unreadCount, otherLastReadSeq,
                otherDeliveredSeq, state, lastSeq, myReadSeq);
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
        return switch (event) {
            case MessagePosted posted -> {
                var message = posted.message();
                if (message.seq() <= lastSeq()) {
                    yield this;
                }
                boolean mine = message.senderId().equals(me);
                long read = mine ? Math.max(message.seq(), myReadSeq) : myReadSeq;
                // Sending clears "marked unread" (the server does the same).
                var newState = mine && state.markedUnread()
                        ? new ChatListState(state.pinnedAt(), state.archived(), state.muted(), false, state.draft())
                        : state;
                yield new ConversationSummary(id, other, message, message.createdAt(),
                        Math.max(0, message.seq() - read), otherLastReadSeq, otherDeliveredSeq, newState, message.seq(),
                        read);
            }
            case MessagesRead read when read.readerId().equals(me) -> read.lastReadSeq() <= myReadSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt,
                            Math.max(0, lastSeq() - read.lastReadSeq()), otherLastReadSeq, otherDeliveredSeq,
                            state.markedUnread() ? new ChatListState(state.pinnedAt(), state.archived(),
                                    state.muted(), false, state.draft()) : state, lastSeq, read.lastReadSeq());
            case MessagesRead read -> read.lastReadSeq() <= otherLastReadSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount,
                            read.lastReadSeq(), otherDeliveredSeq, state, lastSeq, myReadSeq);
            case MessagesDelivered delivered -> delivered.recipientId().equals(me)
                    || delivered.lastDeliveredSeq() <= otherDeliveredSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq,
                            delivered.lastDeliveredSeq(), state, lastSeq, myReadSeq);
            case ChatStateChanged changed -> !changed.memberId().equals(me) || changed.state().equals(state) ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount, otherLastReadSeq,
                            otherDeliveredSeq, changed.state(), lastSeq, myReadSeq);
            case TypingStarted typing -> this;
            case MessageChanged changed -> withChangedLastMessage(changed);
        };
    }

    /**
     * An edit or deletion of the message in the preview shows there; other changes leave the row as it is (a
     * message deleted for me that is in the preview needs a read: the newest message I still see, see
     * {@link #previewHiddenBy}).
     */
    private ConversationSummary withChangedLastMessage(MessageChanged changed) {
        if (lastMessage == null || !lastMessage.id().equals(changed.messageId())) {
            return this;
        }
        var changedLast = switch (changed) {
            case MessageEdited edited -> lastMessage.withEdit(edited.content(), edited.editedAt());
            case MessageDeleted deleted -> lastMessage.asDeleted();
            default -> lastMessage;
        };
        return changedLast == lastMessage ? this : withPreview(changedLast);
    }

    /** Whether this event takes the message in the preview out of my history (then the row is read again). */
    public boolean previewHiddenBy(ChatEvent event, UserId me) {
        return event instanceof MessageHiddenForMe hidden && hidden.memberId().equals(me)
                && hidden.conversationId().equals(id) && lastMessage != null
                && lastMessage.id().equals(hidden.messageId());
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
