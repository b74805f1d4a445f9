package com.chatter.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chat list's rows follow live events from the events alone, exactly as a fresh read would show them. */
class ConversationSummaryTest {

    private static final UserId ME = new UserId(1);
    private static final UserId OTHER = new UserId(2);
    private static final ConversationId ID = new ConversationId(7);
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static ChatMessage message(long seq, UserId sender) {
        return new ChatMessage(new MessageId(100 + seq), ID, seq, sender, "text " + seq, T0.plusSeconds(seq));
    }

    private static ConversationSummary row(long lastSeq, UserId lastSender, long unread, long otherRead) {
        return new ConversationSummary(ID, new UserSummary(OTHER, "bob", "Bob"), message(lastSeq, lastSender),
                T0.plusSeconds(lastSeq), unread, otherRead);
    }

    @Test
    void theirNewMessageBecomesThePreviewAndCountsAsUnread() {
        var after = row(3, OTHER, 1, 2).apply(new MessagePosted(message(4, OTHER)), ME);

        assertThat(after.lastMessage()).isEqualTo(message(4, OTHER));
        assertThat(after.lastActivityAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(after.unreadCount()).isEqualTo(2);
    }

    @Test
    void myOwnMessageMeansEverythingBeforeItIsRead() {
        var after = row(3, OTHER, 2, 0).apply(new MessagePosted(message(4, ME)), ME);

        assertThat(after.unreadCount()).isZero();
        assertThat(after.lastMessageReadByOther()).isFalse();
    }

    @Test
    void readPositionsOnlyMoveForward() {
        var row = row(5, OTHER, 3, 1);

        assertThat(row.apply(new MessagesRead(ID, ME, 4), ME).unreadCount()).isEqualTo(1);
        assertThat(row.apply(new MessagesRead(ID, ME, 1), ME)).isSameAs(row);
        var mine = row(5, ME, 0, 1);
        assertThat(mine.apply(new MessagesRead(ID, OTHER, 5), ME).lastMessageReadByOther()).isTrue();
        assertThat(mine.apply(new MessagesRead(ID, OTHER, 0), ME)).isSameAs(mine);
    }

    @Test
    void aReadThatComesBeforeItsMessageStillCountsTheMessageAsRead() {
        // The open room reads a new message and tells the chat list beside it at once; the list applies the message
        // itself a moment later, from the same batch of events.
        var row = row(3, OTHER, 0, 0);

        var after = row.apply(new MessagesRead(ID, ME, 4), ME).apply(new MessagePosted(message(4, OTHER)), ME);

        assertThat(after.unreadCount()).isZero();
        assertThat(after.countsAsUnread()).isFalse();
        assertThat(after.apply(new MessagePosted(message(5, OTHER)), ME).unreadCount()).isEqualTo(1);
        assertThat(after.apply(new MessagePosted(message(5, ME)), ME).unreadCount()).isZero();
    }

    @Test
    void aMessageAlreadyShownOrOfAnotherConversationChangesNothing() {
        var row = row(5, OTHER, 1, 0);

        assertThat(row.apply(new MessagePosted(message(5, OTHER)), ME)).isSameAs(row);
        assertThat(row.apply(new TypingStarted(ID, OTHER), ME)).isSameAs(row);
        var elsewhere = new ChatMessage(new MessageId(999), new ConversationId(8), 9, OTHER, "x", T0);
        assertThat(row.apply(new MessagePosted(elsewhere), ME)).isSameAs(row);
    }

    @Test
    void anEditOrDeletionOfThePreviewChangesOnlyThePreview() {
        var pinned = new ChatListState(T0, false, true, false, null);
        var row = new ConversationSummary(ID, new UserSummary(OTHER, "bob", "Bob"), message(5, ME),
                T0.plusSeconds(5), 0, 3, 4, pinned);

        var edited = row.apply(new MessageEdited(ID, new MessageId(105), 5, "fixed", T0.plusSeconds(9)), ME);
        assertThat(edited.lastMessage().content()).isEqualTo("fixed");
        assertThat(edited).usingRecursiveComparison().ignoringFields("lastMessage").isEqualTo(row);
        var deleted = row.apply(new MessageDeleted(ID, new MessageId(105), 5), ME);
        assertThat(deleted.lastMessage().deleted()).isTrue();
        assertThat(deleted).usingRecursiveComparison().ignoringFields("lastMessage").isEqualTo(row);
    }

    @Test
    void hidingThePreviewForMeAsksForARead() {
        var row = row(5, OTHER, 0, 0);

        assertThat(row.previewHiddenBy(new MessageHiddenForMe(ID, new MessageId(105), 5, ME), ME)).isTrue();
        assertThat(row.previewHiddenBy(new MessageHiddenForMe(ID, new MessageId(104), 4, ME), ME)).isFalse();
        assertThat(row.previewHiddenBy(new MessagesRead(ID, ME, 5), ME)).isFalse();
        var shown = row.withPreview(message(3, OTHER));
        assertThat(shown.lastSeq()).isEqualTo(5);
        assertThat(shown.apply(new MessagePosted(message(6, OTHER)), ME).unreadCount()).isEqualTo(1);
    }

    @Test
    void newestActivityComesFirst() {
        var older = row(1, OTHER, 0, 0);
        var newer = new ConversationSummary(new ConversationId(8), older.other(), null, T0.plusSeconds(60), 0, 0);
        var rows = new ArrayList<>(List.of(older, newer));

        rows.sort(ConversationSummary.NEWEST_FIRST);

        assertThat(rows).containsExactly(newer, older);
    }
}
