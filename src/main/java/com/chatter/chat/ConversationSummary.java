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
 */
public record ConversationSummary(ConversationId id, UserSummary other, @Nullable ChatMessage lastMessage,
        Instant lastActivityAt, long unreadCount, long otherLastReadSeq) {

    /** The chat list's order: most recent activity first (as {@link ChatService#listConversations()} sorts). */
    public static final Comparator<ConversationSummary> NEWEST_FIRST = Comparator
            .comparing(ConversationSummary::lastActivityAt).reversed()
            .thenComparing(summary -> summary.id().value(), Comparator.reverseOrder());

    /** The sequence number of the newest message, 0 before the first one. */
    public long lastSeq() {
        return lastMessage == null ? 0 : lastMessage.seq();
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
                long read = message.senderId().equals(me) ? message.seq() : myReadSeq;
                yield new ConversationSummary(id, other, message, message.createdAt(), message.seq() - read,
                        otherLastReadSeq);
            }
            case MessagesRead read when read.readerId().equals(me) -> read.lastReadSeq() <= myReadSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt,
                            Math.max(0, lastSeq() - read.lastReadSeq()), otherLastReadSeq);
            case MessagesRead read -> read.lastReadSeq() <= otherLastReadSeq ? this
                    : new ConversationSummary(id, other, lastMessage, lastActivityAt, unreadCount,
                            read.lastReadSeq());
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
}
