package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.Bidi;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ConversationSummary;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * One row of the chat list: avatar, name, time, preview (or "typing…") and the unread badge. The server keeps only
 * the row's data; the row is drawn in the browser ({@link ClientRows}) from the detached element tree {@link #tree}
 * builds: a link ({@code a[router-link]}, as a {@code RouterLink} renders, so Flow's client navigates on a click) with
 * plain elements in it.
 */
final class ChatListItem {

    private final String href;
    private ConversationSummary summary;
    private boolean selected;
    private boolean typing;
    /** What the browser's row was last drawn from (null: it has none, or it must be drawn anew). */
    private @Nullable Drawn drawn;

    /** Everything the row's tree depends on (the time labels depend on the day too). */
    private record Drawn(ConversationSummary summary, boolean typing, boolean selected, String time, String title) {
    }

    ChatListItem(ConversationSummary summary, String href) {
        this.summary = summary;
        this.href = href;
    }

    ConversationSummary summary() {
        return summary;
    }

    void update(ConversationSummary summary, boolean typing, boolean selected) {
        this.summary = summary;
        this.typing = typing;
        this.selected = selected;
    }

    void setSelected(boolean selected) {
        this.selected = selected;
    }

    /**
     * The row's tree when what it shows changed since the browser drew it (it is then remembered as drawn), or
     * null when the browser's row is still right: a live event changes one row, not every row's tree and JSON.
     */
    @Nullable Element treeIfChanged(TimeLabels labels, UserId me) {
        var last = summary.lastMessage();
        var now = new Drawn(summary, typing, selected, last == null ? "" : labels.listLabel(last.createdAt()),
                last == null ? "" : labels.time(last.createdAt()));
        if (now.equals(drawn)) {
            return null;
        }
        drawn = now;
        return tree(labels, me);
    }

    /** The browser has no row for it any more (not shown, or a new element): it is drawn anew when shown. */
    void forgetDrawn() {
        drawn = null;
    }

    /** The row as the browser draws it (the same DOM the former RouterLink component had). */
    Element tree(TimeLabels labels, UserId me) {
        var id = summary.id().value();
        var row = new Element("a");
        row.setAttribute("id", "chat-item-" + id);
        row.setAttribute("href", href);
        row.setAttribute("router-link", "");
        row.getClassList().add("chat-item");
        if (selected) {
            row.getClassList().add("selected");
        }
        var state = summary.state();
        row.setAttribute("data-pinned", state.pinned() ? "true" : "false");
        row.setAttribute("data-muted", state.muted() ? "true" : "false");
        row.setAttribute("data-archived", state.archived() ? "true" : "false");

        var other = summary.other();
        var avatar = BotBadges.avatar(new Element("vaadin-avatar"), other);

        var name = span("chat-item-name");
        Bidi.isolated(name);
        name.setText(other.displayName());
        var last = summary.lastMessage();
        var time = span("chat-item-time");
        time.setText(last == null ? "" : labels.listLabel(last.createdAt()));
        time.setAttribute("title", last == null ? "" : labels.time(last.createdAt()));
        var unread = summary.unreadCount();
        if (unread > 0) {
            time.getClassList().add("unread");
        }
        var topLine = div("chat-item-line").appendChild(name);
        if (other.bot()) {
            topLine.appendChild(BotBadges.badge());
        }
        topLine.appendChild(time);

        boolean mine = last != null && last.senderId().equals(me);
        var status = summary.lastMessageStatus();
        var ticks = span("ticks");
        ticks.setText(mine ? (status.equals("sent") ? "✓" : "✓✓") : "");
        ticks.setAttribute("data-status", status);
        var draft = state.draftText();
        boolean showDraft = !typing && !selected && !draft.isBlank();
        if (!(mine && !typing && !showDraft)) {
            ticks.setAttribute("hidden", "");
        }
        var preview = span("chat-item-preview");
        Bidi.isolated(preview);
        preview.setText(typing ? "typing…" : showDraft ? "Draft: " + firstLine(draft)
                : last == null ? "" : last.deleted() ? MessageBubble.DELETED_TEXT : firstLine(last.content()));
        if (typing) {
            preview.getClassList().add("typing");
        }
        if (showDraft) {
            preview.getClassList().add("draft");
        }
        var bottomLine = div("chat-item-line").appendChild(ticks, preview);
        if (unread > 0 || state.markedUnread()) {
            var badge = span("unread-badge");
            badge.setAttribute("id", "unread-badge");
            badge.setText(unread > 999 ? "999+" : unread > 0 ? Long.toString(unread) : "");
            badge.setAttribute("aria-label", unread > 0 ? unread + " unread messages" : "Marked unread");
            bottomLine.appendChild(badge);
        }
        row.appendChild(avatar, div("chat-item-text").appendChild(topLine, bottomLine));

        // The row menu's button: a plain element; the list handles its clicks in the browser and opens the one
        // ChatRowMenu (see ChatListPanel).
        var menuButton = new Element("button");
        menuButton.setAttribute("id", "chat-menu-" + id);
        menuButton.setAttribute("type", "button");
        menuButton.setAttribute("data-conversation", Long.toString(id));
        menuButton.setAttribute("aria-label", "Chat menu");
        menuButton.setAttribute("aria-haspopup", "menu");
        menuButton.getClassList().add("chat-menu-button");
        row.appendChild(menuButton);
        return row;
    }

    private static Element span(String className) {
        var span = new Element("span");
        span.getClassList().add(className);
        return span;
    }

    private static Element div(String className) {
        var div = new Element("div");
        div.getClassList().add(className);
        return div;
    }

    private static String firstLine(String content) {
        var line = content.strip().lines().findFirst().orElse("");
        return line.codePointCount(0, line.length()) > 120 ? line.substring(0, line.offsetByCodePoints(0, 120)) + "…"
                : line;
    }
}
