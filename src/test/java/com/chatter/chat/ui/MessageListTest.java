package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.UserId;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessageId;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The message list's window on its own, with a conversation spread over many days: the bubbles kept, their order,
 * and the day separators above them.
 */
class MessageListTest {

    private static final UserId ME = new UserId(1);
    private static final UserId OTHER = new UserId(2);
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    /** The "database": message seq (1-based) is at index seq - 1; three messages a day. */
    private final List<ChatMessage> stored = new ArrayList<>();
    private final TimeLabels labels = new TimeLabels(ZoneOffset.UTC, START.plus(400, ChronoUnit.DAYS));
    private MessageList list;

    @Test
    void messagesArrivingPastTheWindowDropTheOldestBubblesAndTheirSeparators() {
        store(60);
        open();
        for (int i = 0; i < 1_000; i++) {
            list.append(store(1).getFirst());
            if (i % 97 == 0) {
                assertConsistent();
            }
        }

        assertThat(seqs()).containsExactlyElementsOf(range(1_060 - MessageList.WINDOW + 1, 1_060));
        assertConsistent();
        assertThat(list.olderAvailable()).isTrue();
        assertThat(list.newestSeq()).isEqualTo(1_060);
    }

    @Test
    void olderPagesComeBackInOrderAndTheWindowReturnsAtTheBottom() {
        store(300);
        open();
        list.loadOlder();
        list.loadOlder();

        assertThat(seqs()).containsExactlyElementsOf(range(151, 300));
        assertConsistent();

        list.append(store(1).getFirst());
        assertThat(seqs()).as("a message arriving while reading history keeps what was loaded")
                .containsExactlyElementsOf(range(151, 301));

        list.bottomChanged(true);
        assertThat(seqs()).as("nothing moves while the user looks").containsExactlyElementsOf(range(151, 301));
        list.append(store(1).getFirst());
        assertThat(seqs()).as("the next message at the bottom: the window again")
                .containsExactlyElementsOf(range(302 - MessageList.WINDOW + 1, 302));
        assertConsistent();

        list.loadOlder();
        assertThat(seqs()).containsExactlyElementsOf(range(302 - 2 * MessageList.WINDOW + 1, 302));
        list.bottomChanged(true);
        list.bottomChanged(false);
        list.append(store(1).getFirst());
        assertThat(seqs()).as("left the bottom again: kept")
                .containsExactlyElementsOf(range(302 - 2 * MessageList.WINDOW + 1, 303));
        assertConsistent();
    }

    @Test
    void scrollingFarUpIsCappedAndTheNewestComeBackAtTheBottom() {
        store(1_500);
        open();
        while (list.olderAvailable()) {
            list.loadOlder();
            assertThat(seqs()).hasSizeLessThanOrEqualTo(MessageList.MAX_BUBBLES);
            assertConsistent();
        }
        assertThat(seqs()).as("the oldest are there, the newest were dropped")
                .containsExactlyElementsOf(range(1, MessageList.MAX_BUBBLES));

        list.append(store(1).getFirst());
        assertThat(list.newestSeq()).isEqualTo(1_501);
        assertThat(seqs()).containsExactlyElementsOf(range(1, MessageList.MAX_BUBBLES));

        list.bottomChanged(true);
        assertThat(seqs()).containsExactlyElementsOf(range(1_501 - MessageList.WINDOW + 1, 1_501));
        assertThat(list.olderAvailable()).isTrue();
        assertConsistent();
    }

    @Test
    void statusesFollowReadPositionsOnTheBubblesShown() {
        store(80);
        open();
        list.otherReadUpTo(70);

        for (var bubble : bubbles()) {
            long seq = seqOf(bubble);
            boolean mine = bubble.getClassList().contains("mine");
            var expected = seq <= (mine ? 70 : 0) ? "read" : "sent";
            assertThat(bubble.getAttribute("data-status")).as("seq " + seq).isEqualTo(expected);
        }
    }

    @Test
    void textIsATextNodeShownExactlyAsTyped() {
        stored.add(message(1, "<b>bold</b>\n  & more 👍"));
        open();
        var text = bubbles().getFirst().getChild(0);
        assertThat(text.getClassList()).contains("message-text");
        assertThat(text.getChildCount()).isOne();
        assertThat(text.getChild(0).isTextNode()).isTrue();
        assertThat(text.getText()).isEqualTo("<b>bold</b>\n  & more 👍");
    }

    // ---- the fake conversation ----

    private void open() {
        list = new MessageList(() -> {
            long before = list.oldestSeq();
            int to = (int) Math.min(before - 1, stored.size());
            list.prepend(List.copyOf(stored.subList(Math.max(0, to - ChatRoomView.PAGE_SIZE), to)));
            list.setOlderAvailable(to - ChatRoomView.PAGE_SIZE > 0);
        }, this::newest);
        var newest = newest();
        list.reset(labels, ME, newest, 0, 0, !newest.isEmpty() && newest.getFirst().seq() > 1);
    }

    private List<ChatMessage> newest() {
        return List.copyOf(stored.subList(Math.max(0, stored.size() - ChatRoomView.PAGE_SIZE), stored.size()));
    }

    private List<ChatMessage> store(int count) {
        var added = new ArrayList<ChatMessage>();
        for (int i = 0; i < count; i++) {
            var message = message(stored.size() + 1, "message " + (stored.size() + 1));
            stored.add(message);
            added.add(message);
        }
        return added;
    }

    private static ChatMessage message(long seq, String text) {
        // Three a day, eight hours apart.
        var at = START.plus((seq - 1) * 8, ChronoUnit.HOURS);
        return new ChatMessage(new MessageId(seq), new ConversationId(1), seq, seq % 2 == 0 ? ME : OTHER, text, at);
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    // ---- reading the list ----

    private List<Element> children() {
        var column = list.drawn();
        var children = new ArrayList<Element>();
        for (int i = 0; i < column.getChildCount(); i++) {
            if (!MessageList.LOAD_OLDER.equals(column.getChild(i).getAttribute("id"))) {
                children.add(column.getChild(i));
            }
        }
        return children;
    }

    private List<Element> bubbles() {
        return children().stream().filter(e -> e.getClassList().contains("message")).toList();
    }

    /** In this fake conversation a message's id is its seq. */
    private static long seqOf(Element bubble) {
        return Long.parseLong(bubble.getAttribute("id").substring("message-".length()));
    }

    private List<Long> seqs() {
        return bubbles().stream().map(b -> seqOf(b)).toList();
    }

    /**
     * Every day's bubbles under exactly one separator of that day, nothing else; ids and texts match the seq; no
     * bubble twice.
     */
    private void assertConsistent() {
        var children = children();
        LocalDate day = null;
        var days = new HashSet<LocalDate>();
        var seqs = new HashSet<Long>();
        boolean bubbleSinceSeparator = true;
        for (var child : children) {
            if (child.getClassList().contains("day-separator")) {
                assertThat(bubbleSinceSeparator).as("no separator without bubbles").isTrue();
                day = LocalDate.parse(child.getAttribute("data-day"));
                assertThat(days.add(day)).as("one separator for " + day).isTrue();
                assertThat(child.getTextRecursively()).isEqualTo(labels.dayLabel(day));
                bubbleSinceSeparator = false;
            } else {
                long seq = seqOf(child);
                var message = stored.get((int) seq - 1);
                assertThat(day).as("bubble " + seq + " under its day's separator")
                        .isEqualTo(labels.day(message.createdAt()));
                assertThat(seqs.add(seq)).isTrue();
                assertThat(child.getChild(1).getAttribute("data-time")).isEqualTo(labels.time(message.createdAt()));
                assertThat(child.getChild(0).getText()).isEqualTo(message.content());
                assertThat(child.getClassList()).contains(message.senderId().equals(ME) ? "mine" : "theirs");
                bubbleSinceSeparator = true;
            }
        }
        assertThat(bubbleSinceSeparator).as("no separator at the end").isTrue();
        var shown = seqs();
        assertThat(shown).isSorted();
        assertThat(shown.getLast() - shown.getFirst() + 1).as("no gaps").isEqualTo(shown.size());
    }
}
