package com.chatter.chat.ui;

import com.chatter.base.ui.Bidi;
import com.chatter.account.UserId;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ConversationSummary;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One row of the chat list: avatar, name, time, preview (or "typing…") and the unread badge. */
class ChatListItem extends RouterLink {

    // Plain elements, not components: a row lives in every tab, and none of its parts has a listener.
    private final Element name = span("chat-item-name");
    private final Element time = span("chat-item-time");
    private final Element ticks = span("ticks");
    private final Element preview = span("chat-item-preview");
    private final Element badge = span("unread-badge");
    private final Element bottomLine;
    private ConversationSummary summary;
    private boolean selected;
    private boolean typing;
    private boolean lastMine;

    ChatListItem(ConversationSummary summary) {
        super(ChatRoomView.class, new RouteParameters(ChatRoomView.PARAMETER, summary.id().toString()));
        this.summary = summary;
        setId("chat-item-" + summary.id().value());
        addClassName("chat-item");

        Bidi.isolated(name);
        Bidi.isolated(preview);
        badge.setAttribute("id", "unread-badge");

        var topLine = div("chat-item-line").appendChild(name, time);
        bottomLine = div("chat-item-line").appendChild(ticks, preview);
        var text = div("chat-item-text").appendChild(topLine, bottomLine);

        add(BotBadges.avatar(summary.other()));
        getElement().appendChild(text);
        BotBadges.afterName(name, summary.other().bot());
        // The row menu's button: a plain element (no component, no listener of its own); the list handles its
        // clicks in the browser and opens the one ChatRowMenu (see ChatListPanel).
        var menuButton = new Element("button");
        menuButton.setAttribute("id", "chat-menu-" + summary.id().value());
        menuButton.setAttribute("type", "button");
        menuButton.setAttribute("data-conversation", Long.toString(summary.id().value()));
        menuButton.setAttribute("aria-label", "Chat menu");
        menuButton.setAttribute("aria-haspopup", "menu");
        menuButton.getClassList().add("chat-menu-button");
        getElement().appendChild(menuButton);
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

    ConversationSummary summary() {
        return summary;
    }

    void update(ConversationSummary summary, TimeLabels labels, UserId me, boolean typing) {
        this.summary = summary;
        this.typing = typing;
        var state = summary.state();
        getElement().setAttribute("data-pinned", state.pinned() ? "true" : "false");
        getElement().setAttribute("data-muted", state.muted() ? "true" : "false");
        getElement().setAttribute("data-archived", state.archived() ? "true" : "false");
        name.setText(summary.other().displayName());
        var last = summary.lastMessage();
        time.setText(last == null ? "" : labels.listLabel(last.createdAt()));
        time.setAttribute("title", last == null ? "" : labels.time(last.createdAt()));
        boolean mine = last != null && last.senderId().equals(me);
        this.lastMine = mine;
        var status = summary.lastMessageStatus();
        ticks.setText(mine ? (status.equals("sent") ? "✓" : "✓✓") : "");
        ticks.setAttribute("data-status", status);
        showPreview();
        var unread = summary.unreadCount();
        if (unread > 0 || state.markedUnread()) {
            badge.setText(unread > 999 ? "999+" : unread > 0 ? Long.toString(unread) : "");
            badge.setAttribute("aria-label", unread > 0 ? unread + " unread messages" : "Marked unread");
            if (badge.getParent() == null) {
                bottomLine.appendChild(badge);
            }
        } else {
            badge.removeFromParent();
        }
        time.getClassList().set("unread", unread > 0);
    }

    void setSelected(boolean selected) {
        getElement().getClassList().set("selected", selected);
        if (selected != this.selected) {
            this.selected = selected;
            showPreview();
        }
    }

    /** "typing…", else the draft left here ("Draft: …", not in the open chat), else the last message. */
    private void showPreview() {
        var last = summary.lastMessage();
        var draft = summary.state().draftText();
        boolean showDraft = !typing && !selected && !draft.isBlank();
        ticks.setAttribute("hidden", !(lastMine && !typing && !showDraft));
        preview.setText(typing ? "typing…" : showDraft ? "Draft: " + firstLine(draft)
                : last == null ? "" : last.deleted() ? MessageBubble.DELETED_TEXT : firstLine(last.content()));
        preview.getClassList().set("typing", typing);
        preview.getClassList().set("draft", showDraft);
    }

    private static String firstLine(String content) {
        var line = content.strip().lines().findFirst().orElse("");
        return line.codePointCount(0, line.length()) > 120 ? line.substring(0, line.offsetByCodePoints(0, 120)) + "…"
                : line;
    }
}
