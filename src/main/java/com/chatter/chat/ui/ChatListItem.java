package com.chatter.chat.ui;

import com.chatter.base.ui.Bidi;
import com.chatter.account.UserId;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ConversationSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One row of the chat list: avatar, name, time, preview (or "typing…") and the unread badge. */
class ChatListItem extends RouterLink {

    private final Span name = new Span();
    private final Span time = new Span();
    private final Span ticks = new Span();
    private final Span preview = new Span();
    private final Span badge = new Span();
    private final Div bottomLine;
    private ConversationSummary summary;
    private boolean selected;
    private boolean typing;
    private boolean lastMine;

    ChatListItem(ConversationSummary summary) {
        super(ChatRoomView.class, new RouteParameters(ChatRoomView.PARAMETER, summary.id().toString()));
        this.summary = summary;
        setId("chat-item-" + summary.id().value());
        addClassName("chat-item");

        name.addClassName("chat-item-name");
        Bidi.isolated(name);
        time.addClassName("chat-item-time");
        ticks.addClassName("ticks");
        preview.addClassName("chat-item-preview");
        Bidi.isolated(preview);
        badge.setId("unread-badge");
        badge.addClassName("unread-badge");

        var topLine = new Div(name, time);
        topLine.addClassName("chat-item-line");
        bottomLine = new Div(ticks, preview);
        bottomLine.addClassName("chat-item-line");
        var text = new Div(topLine, bottomLine);
        text.addClassName("chat-item-text");

        add(BotBadges.avatar(summary.other()), text);
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
        time.getElement().setAttribute("title", last == null ? "" : labels.time(last.createdAt()));
        boolean mine = last != null && last.senderId().equals(me);
        this.lastMine = mine;
        var status = summary.lastMessageStatus();
        ticks.setText(mine ? (status.equals("sent") ? "✓" : "✓✓") : "");
        ticks.getElement().setAttribute("data-status", status);
        showPreview();
        var unread = summary.unreadCount();
        if (unread > 0 || state.markedUnread()) {
            badge.setText(unread > 999 ? "999+" : unread > 0 ? Long.toString(unread) : "");
            badge.getElement().setAttribute("aria-label", unread > 0 ? unread + " unread messages" : "Marked unread");
            if (badge.getParent().isEmpty()) {
                bottomLine.add(badge);
            }
        } else {
            badge.removeFromParent();
        }
        time.getElement().getClassList().set("unread", unread > 0);
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
        ticks.setVisible(lastMine && !typing && !showDraft);
        preview.setText(typing ? "typing…" : showDraft ? "Draft: " + firstLine(draft)
                : last == null ? "" : last.deleted() ? MessageBubble.DELETED_TEXT : firstLine(last.content()));
        preview.getElement().getClassList().set("typing", typing);
        preview.getElement().getClassList().set("draft", showDraft);
    }

    private static String firstLine(String content) {
        var line = content.strip().lines().findFirst().orElse("");
        return line.codePointCount(0, line.length()) > 120 ? line.substring(0, line.offsetByCodePoints(0, 120)) + "…"
                : line;
    }
}
