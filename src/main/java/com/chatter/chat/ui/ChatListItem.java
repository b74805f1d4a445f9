package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.Avatars;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ConversationSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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

    ChatListItem(ConversationSummary summary) {
        super(ChatRoomView.class, new RouteParameters(ChatRoomView.PARAMETER, summary.id().toString()));
        this.summary = summary;
        setId("chat-item-" + summary.id().value());
        addClassName("chat-item");

        name.addClassName("chat-item-name");
        time.addClassName("chat-item-time");
        ticks.addClassName("ticks");
        preview.addClassName("chat-item-preview");
        badge.setId("unread-badge");
        badge.addClassName("unread-badge");

        var topLine = new Div(name, time);
        topLine.addClassName("chat-item-line");
        bottomLine = new Div(ticks, preview);
        bottomLine.addClassName("chat-item-line");
        var text = new Div(topLine, bottomLine);
        text.addClassName("chat-item-text");

        add(Avatars.of(summary.other().username(), summary.other().displayName()), text);
    }

    ConversationSummary summary() {
        return summary;
    }

    void update(ConversationSummary summary, TimeLabels labels, UserId me, boolean typing) {
        this.summary = summary;
        name.setText(summary.other().displayName());
        var last = summary.lastMessage();
        time.setText(last == null ? "" : labels.listLabel(last.createdAt()));
        time.getElement().setAttribute("title", last == null ? "" : labels.time(last.createdAt()));
        boolean mine = last != null && last.senderId().equals(me);
        ticks.setVisible(mine && !typing);
        ticks.setText(mine ? (summary.lastMessageReadByOther() ? "✓✓" : "✓") : "");
        ticks.getElement().setAttribute("data-status", summary.lastMessageReadByOther() ? "read" : "sent");
        preview.setText(typing ? "typing…" : last == null ? ""
                : last.deleted() ? MessageBubble.DELETED_TEXT : firstLine(last.content()));
        preview.getElement().getClassList().set("typing", typing);
        var unread = summary.unreadCount();
        if (unread > 0) {
            badge.setText(unread > 999 ? "999+" : Long.toString(unread));
            badge.getElement().setAttribute("aria-label", unread + " unread messages");
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
    }

    private static String firstLine(String content) {
        var line = content.strip().lines().findFirst().orElse("");
        return line.codePointCount(0, line.length()) > 120 ? line.substring(0, line.offsetByCodePoints(0, 120)) + "…"
                : line;
    }
}
