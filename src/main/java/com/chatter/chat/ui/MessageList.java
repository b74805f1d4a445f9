package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ChatMessage;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.chatter.chat.MessageId;
import com.chatter.chat.Reaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The scrolling list of message bubbles with day separators. The scroller is anchored at the bottom (CSS
 * column-reverse around one inner column), so older pages added on top don't move what the user is reading.
 * Scrolling near the top asks for the next older page.
 *
 * <p>The list holds a window, not the whole conversation: the newest {@link #WINDOW} bubbles. A message arriving
 * past the window drops the oldest bubble (older ones load again from the database on scroll up). Pages the user
 * loads by scrolling up may grow the list up to {@link #MAX_BUBBLES}; past that the newest bubbles are dropped
 * (the reader is far above them) and come back when the user returns to the bottom. While the list is beyond its
 * window the browser says when the user reaches or leaves the bottom; the next message arriving while the user is
 * at the bottom shrinks the list to the window again, above what the user sees.
 *
 * <p>The server keeps the messages shown ({@link BubbleColumn}), not their elements: the bubbles, their day
 * separators and the unread divider are drawn in the browser ({@link ClientRows}) from element trees built by
 * {@link MessageBubble} for the bubbles new or changed since the last response, once per response. The bubbles
 * show their ticks ({@link BubbleTicks}).
 */
class MessageList extends Div {

    /** Bubbles kept while the user is at the bottom. */
    static final int WINDOW = 50;
    /** Bubbles kept at most, however far the user scrolls up (the message of each, a few hundred bytes). */
    static final int MAX_BUBBLES = 1_000;
    static final String LOAD_OLDER = "load-older-button";

    private final Div column = new Div();
    /**
     * The rows drawn in the browser (display: contents): the "Load older messages" button ({@code load-older-button},
     * hidden when there is nothing older), day separators, the unread divider and the bubbles.
     */
    private final Element rows = new Element("div");
    private final ClientRows drawing = new ClientRows(rows);
    private final BubbleColumn bubbles = new BubbleColumn();
    private final Runnable onLoadOlder;
    private final Supplier<List<ChatMessage>> newestPage;
    private @Nullable TimeLabels labels;
    /** Puts a message's text into its bubble: a plain text node unless renderers (links, formatting) apply. */
    private BiConsumer<Element, String> textRenderer = Element::setText;
    private UserId me;
    private Function<UserId, String> names = id -> "";
    private final BubbleTicks ticks = new BubbleTicks();
    /** The newest message appended; above the newest bubble while the newest bubbles are dropped. */
    private long newestSeq;
    /** The user has loaded older pages: the list may hold more than the window until they return to the bottom. */
    private boolean expanded;
    /** The newest bubbles were dropped to stay under {@link #MAX_BUBBLES}. */
    private boolean newerDropped;
    private boolean olderAvailable;
    /** What the browser last said (it only says while the list is beyond its window). */
    private boolean atBottom = true;
    /** Bubbles to draw (again) in the next response: new, or changed since drawn. */
    private Set<Long> redraw = new HashSet<>();
    /** Every row is drawn again in the next response (the browser's element is new). */
    private boolean redrawAll = true;
    private boolean scrollToDivider;
    /** The "Load older messages" button is to be drawn again (it showed or hid). */
    private boolean olderButtonChanged = true;

    /**
     * @param onLoadOlder asks for the next older page (it calls {@link #prepend})
     * @param newestPage the newest {@link #WINDOW} messages, oldest first, for when the user comes back down to
     *     newest bubbles that were dropped
     */
    MessageList(Runnable onLoadOlder, Supplier<List<ChatMessage>> newestPage) {
        this.onLoadOlder = onLoadOlder;
        this.newestPage = newestPage;
        setId("message-list");
        addClassName("message-list");
        // New messages are read out once by the frame's live region (Announcer), not by this list: a live list
        // would also read out every page of older messages loaded on scroll.
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Messages");
        column.addClassName("message-column");
        rows.getClassList().add("message-rows");
        column.getElement().appendChild(rows);
        add(column);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        drawing.install();
        redrawAll = true;
        changed();
        // Ask for older messages when the user scrolls close to the top (scrollTop is negative in a reversed flex),
        // and, while the list holds more than its window, say when the user reaches or leaves the bottom.
        getElement().executeJs("""
                const el = this;
                if (el.__olderListener) return;
                let pending = false;
                el.__olderListener = () => {
                  const atBottom = Math.abs(el.scrollTop) < 40;
                  if (el.__beyondWindow && atBottom !== el.__atBottom) {
                    el.__atBottom = atBottom;
                    el.$server.bottomChanged(atBottom);
                  }
                  if (pending || el.__noOlder) return;
                  if (Math.abs(el.scrollTop) + el.clientHeight >= el.scrollHeight - 120) {
                    pending = true;
                    el.$server.loadOlder().finally(() => pending = false);
                  }
                };
                el.addEventListener('scroll', el.__olderListener, {passive: true});
                el.addEventListener('click', e => {
                  if (e.target.closest && e.target.closest('#load-older-button')) el.$server.loadOlder();
                });""");
    }

    /** The "Load older messages" button was clicked, or the user scrolled close to the top. */
    @ClientCallable
    void loadOlder() {
        if (olderAvailable) {
            onLoadOlder.run();
        }
    }

    /**
     * The user reached or left the bottom of a list beyond its window. At the bottom, newest bubbles that were
     * dropped come back (the newest page); the next message arriving shrinks the list to its window.
     */
    @ClientCallable
    void bottomChanged(boolean atBottom) {
        this.atBottom = atBottom;
        if (atBottom && newerDropped) {
            var newest = newestPage.get();
            reset(labels, me, newest, ticks.myReadSeq(), ticks.otherReadSeq(),
                    !newest.isEmpty() && newest.getFirst().seq() > 1);
        }
    }

    /** Shows a new conversation's newest page. */
    void reset(TimeLabels labels, UserId me, List<ChatMessage> newest, long myReadSeq, long otherReadSeq,
            boolean olderAvailable) {
        this.labels = labels;
        this.me = me;
        ticks.reset(myReadSeq, otherReadSeq);
        bubbles.clear();
        redraw.clear();
        redrawAll = true;
        changed();
        newestSeq = 0;
        expanded = false;
        newerDropped = false;
        atBottom = true;
        this.olderAvailable = false;
        setBeyondWindow(false);
        newest.forEach(this::append);
        setOlderAvailable(olderAvailable || this.olderAvailable);
        scrollToBottom();
    }

    void setOlderAvailable(boolean available) {
        if (available != olderAvailable) {
            olderAvailable = available;
            olderButtonChanged = true;
            changed();
        }
        getElement().executeJs("this.__noOlder = $0", !available);
    }

    /** Adds a page of older messages (oldest first) above the ones shown. */
    void prepend(List<ChatMessage> older) {
        older = older.stream().filter(m -> m.seq() < oldestSeq()).toList();
        if (older.isEmpty()) {
            return;
        }
        bubbles.prepend(older);
        older.forEach(m -> redraw.add(m.seq()));
        changed();
        expanded = true;
        atBottom = false; // older pages load at the top
        if (bubbles.size() > MAX_BUBBLES) {
            bubbles.dropNewest(MAX_BUBBLES);
            newerDropped = true;
            changed();
        }
        setBeyondWindow(bubbles.size() > WINDOW || newerDropped);
    }

    /** Adds a message below the ones shown (the caller makes sure it is the next one). */
    void append(ChatMessage message) {
        newestSeq = Math.max(newestSeq, message.seq());
        if (newerDropped) {
            return; // shown when the user comes back down
        }
        bubbles.append(message);
        redraw.add(message.seq());
        changed();
        if (expanded && atBottom) {
            // Back at the bottom after reading history: what is above the window is out of sight.
            expanded = false;
            setBeyondWindow(false);
        }
        int keep = expanded ? MAX_BUBBLES : WINDOW;
        if (bubbles.size() > keep) {
            bubbles.dropOldest(keep);
            changed();
            if (!olderAvailable) {
                setOlderAvailable(true);
            }
        }
    }

    /** The oldest message shown, or {@link Long#MAX_VALUE} when none is. */
    long oldestSeq() {
        return bubbles.oldestSeq();
    }

    /** The newest message this list has been given (shown, or dropped while the user reads far above it). */
    long newestSeq() {
        return newestSeq;
    }

    /** The other person has read up to {@code seq}: my messages up to there get blue ticks. */
    void otherReadUpTo(long seq) {
        long from = ticks.otherReadSeq();
        if (ticks.otherReadUpTo(seq)) {
            redrawBetween(from, seq);
        }
    }

    /** My messages up to {@code seq} reached a page of the other person: two grey ticks. */
    void otherDeliveredUpTo(long seq) {
        long from = ticks.otherDeliveredSeq();
        if (ticks.otherDeliveredUpTo(seq)) {
            redrawBetween(from, seq);
        }
    }

    /** Where a new conversation's delivery position starts (before {@link #reset}). */
    void setOtherDelivered(long seq) {
        ticks.deliveredFrom(seq);
    }

    /** Puts the divider above the bubble of {@code seq} (when shown) and scrolls it into view; true when placed. */
    boolean placeDivider(long seq, String label) {
        boolean placed = bubbles.placeDivider(seq, label);
        scrollToDivider = placed;
        changed();
        return placed;
    }

    void removeDivider() {
        if (bubbles.hasDivider()) {
            bubbles.removeDivider();
            changed();
        }
    }

    /** I have read up to {@code seq} (here or in another tab). */
    void iReadUpTo(long seq) {
        long from = ticks.myReadSeq();
        if (ticks.iReadUpTo(seq)) {
            redrawBetween(from, seq);
        }
    }

    void setTextRenderer(BiConsumer<Element, String> textRenderer) {
        this.textRenderer = textRenderer;
    }

    /** Shows an element below the bubbles that is no message (e.g. an answer only this person sees). */
    void appendEphemeral(Element element) {
        bubbles.appendEphemeral(newestSeq, element);
        changed();
        scrollToBottom();
    }

    void scrollToBottom() {
        getElement().executeJs("requestAnimationFrame(() => this.scrollTop = 0)");
    }

    /** While beyond its window the browser reports the bottom; it starts from "not at the bottom" (false). */
    private void setBeyondWindow(boolean beyond) {
        getElement().executeJs("this.__beyondWindow = $0; this.__atBottom = $1", beyond, atBottom);
    }

    /** The bubbles whose ticks a position moving from {@code from} to {@code to} changes. */
    private void redrawBetween(long from, long to) {
        bubbles.between(from, to).forEach(m -> redraw.add(m.seq()));
        changed();
    }

    /** Draws a bubble (see {@link MessageBubble}) with its ticks. */
    private Element bubble(ChatMessage message) {
        return MessageBubble.create(message, labels.time(message.createdAt()),
                ticks.status(message.seq(), message.senderId().equals(me)), bubbleContext());
    }

    // ---- drawing: once per response, what changed ----

    /** The rows are drawn again before the next response (only the bubbles in {@link #redraw}). */
    private void changed() {
        drawing.drawBeforeResponse(this, this::draw);
    }

    private void draw() {
        var batch = drawing.batch();
        rows(redrawAll, (key, tree) -> {
            if (tree == null) {
                batch.row(key);
            } else {
                batch.row(key, tree);
            }
        });
        batch.send(scrollToDivider ? BubbleColumn.DIVIDER : null);
        redraw = new HashSet<>(); // not clear(): that would keep the table of the last page for the room's life
        redrawAll = false;
        olderButtonChanged = false;
        scrollToDivider = false;
    }

    /** The rows as the browser draws them, in one element (for tests: what the person sees). */
    Element drawn() {
        var all = new Element("div");
        rows(true, (key, tree) -> all.appendChild(tree));
        return all;
    }

    /** Every row in order with its key, and its tree when {@code all} or the row is to be drawn (again). */
    private void rows(boolean all, BiConsumer<String, @Nullable Element> row) {
        if (labels == null) {
            return; // nothing shown yet
        }
        row.accept(LOAD_OLDER, all || olderButtonChanged ? olderButton() : null);
        bubbles.rows(labels, new BubbleColumn.Rows() {
            @Override
            public void separator(String key, LocalDate day) {
                row.accept(key, DaySeparators.of(labels, day));
            }

            @Override
            public void divider(String key, String label) {
                row.accept(key, UnreadDivider.of(label));
            }

            @Override
            public void bubble(String key, ChatMessage message) {
                row.accept(key, all || redraw.contains(message.seq()) ? MessageList.this.bubble(message) : null);
            }

            @Override
            public void ephemeral(String key, Element element) {
                row.accept(key, element);
            }
        });
    }

    /** The "Load older messages" button: a {@code vaadin-button} whose clicks the list hears (see onAttach). */
    private Element olderButton() {
        var button = new Element("vaadin-button");
        button.setAttribute("id", LOAD_OLDER);
        button.getClassList().add("load-older");
        button.setAttribute("theme", "small tertiary");
        if (!olderAvailable) {
            button.setAttribute("hidden", "");
        }
        return button.appendChild(Element.createText("Load older messages"));
    }

    // ---- for message actions: one bubble changes in place ----

    /** The names bubbles show for people (quotes, who reacted). */
    void setNames(Function<UserId, String> names) {
        this.names = names;
    }

    MessageBubble.Context bubbleContext() {
        return new MessageBubble.Context(me, names, textRenderer);
    }

    /** The message of the bubble with this sequence number, when shown. */
    @Nullable ChatMessage shown(long seq) {
        return bubbles.at(seq);
    }

    /** An edited message: its bubble (unless deleted) and the quotes of it in replies show the new text. */
    void showEdited(long seq, MessageId id, String content) {
        change(seq, id, m -> m.deleted() ? m : m.withEdit(content, m.editedAt() == null ? Instant.now()
                : m.editedAt()));
        changeQuotes(id, content);
    }

    /** A message deleted for everyone: its bubble and the quotes of it say so. */
    void showDeleted(long seq, MessageId id) {
        change(seq, id, ChatMessage::asDeleted);
        changeQuotes(id, null);
    }

    void showReactions(long seq, MessageId id, UnaryOperator<List<Reaction>> change) {
        change(seq, id, m -> m.deleted() ? m : m.withReactions(change.apply(m.reactions())));
    }

    void showStarred(long seq, MessageId id, boolean starred) {
        change(seq, id, m -> m.deleted() ? m : m.withStarred(starred));
    }

    private void change(long seq, MessageId id, UnaryOperator<ChatMessage> change) {
        if (bubbles.change(seq, id, change)) {
            redraw.add(seq);
            changed();
        }
    }

    /** The quotes of a message that was edited ({@code content}) or deleted (null). */
    private void changeQuotes(MessageId quoted, @Nullable String content) {
        for (var message : List.copyOf(bubbles.all())) {
            if (message.quote() != null && message.quote().id().equals(quoted)) {
                change(message.seq(), message.id(), m -> MessageBubble.quoteChanged(m, quoted, content));
            }
        }
    }

    boolean olderAvailable() {
        return olderAvailable;
    }

    /** Takes one bubble away (deleted for me), and its day separator if it was the day's last. */
    void remove(long seq) {
        bubbles.remove(seq);
        changed();
    }
}
