package com.chatter.chat.ui;

import com.vaadin.flow.dom.Element;

/**
 * "3 unread messages" above the first unread message of a chat just opened; the chat starts there instead of at the
 * bottom. Placed by {@link MessageList#placeDivider}; it goes when the user sends, or the list is redrawn.
 */
final class UnreadDivider {

    static String label(long count) {
        return count == 1 ? "1 unread message" : count + " unread messages";
    }

    /** The divider as the list draws it. */
    static Element of(String label) {
        var text = new Element("span");
        text.setText(label);
        var element = new Element("div");
        element.setAttribute("id", "unread-divider");
        element.getClassList().add("unread-divider");
        element.setAttribute("role", "separator");
        element.appendChild(text);
        return element;
    }

    /** Shows the divider above {@code firstUnreadSeq} and scrolls it into view; false when that bubble isn't shown. */
    boolean show(MessageList list, long firstUnreadSeq, long count) {
        return list.placeDivider(firstUnreadSeq, label(count));
    }

    void hide(MessageList list) {
        list.removeDivider();
    }
}
