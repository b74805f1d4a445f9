package com.chatter.chat.ui;

import com.vaadin.flow.dom.Element;

/**
 * "3 unread messages" above the first unread message of a chat just opened; the chat starts there instead of at the
 * bottom. One element, placed by {@link MessageList#placeDivider}; it goes when the user sends, or the list is
 * redrawn.
 */
final class UnreadDivider {

    private final Element element = new Element("div");
    private final Element label = new Element("span");

    UnreadDivider() {
        element.setAttribute("id", "unread-divider");
        element.getClassList().add("unread-divider");
        element.setAttribute("role", "separator");
        element.appendChild(label);
    }

    static String label(long count) {
        return count == 1 ? "1 unread message" : count + " unread messages";
    }

    /** Shows the divider above {@code firstUnreadSeq} and scrolls it into view; false when that bubble isn't shown. */
    boolean show(MessageList list, long firstUnreadSeq, long count) {
        label.setText(label(count));
        if (!list.placeDivider(element, firstUnreadSeq)) {
            return false;
        }
        // After the list's own scroll to the bottom (one animation frame), so this one wins.
        element.executeJs("requestAnimationFrame(() => requestAnimationFrame(() => "
                + "this.scrollIntoView({block: 'start'})))");
        return true;
    }

    void hide(MessageList list) {
        list.removeDivider();
    }
}
