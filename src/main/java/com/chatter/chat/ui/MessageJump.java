package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

/**
 * Showing a message in context: in the open room older pages load until its bubble is there, then it scrolls into
 * view and is highlighted for a moment; from elsewhere its chat opens with {@code ?message=ID}.
 */
final class MessageJump {

    static final String MESSAGE_PARAMETER = "message";
    /** Older pages loaded at most to reach a message (20 × 50 = the list's 1,000 bubbles). */
    static final int MAX_PAGES_TO_REACH = 20;

    private final MessageList messages;
    private final Runnable loadOlder;

    MessageJump(MessageList messages, Runnable loadOlder) {
        this.messages = messages;
        this.loadOlder = loadOlder;
    }

    /** Opens the message's chat at the message (search results, starred messages, another chat's quote). */
    static void openInChat(UI ui, long conversationId, long messageId) {
        ui.navigate(ChatRoomView.class, new RouteParameters(ChatRoomView.PARAMETER, Long.toString(conversationId)),
                QueryParameters.of(MESSAGE_PARAMETER, Long.toString(messageId)));
    }

    /** Shows a message of the open room; false when it is too far back to load. */
    boolean reveal(ChatMessage target) {
        int pages = 0;
        while (messages.shown(target.seq()) == null && messages.oldestSeq() > target.seq()
                && messages.olderAvailable() && pages++ < MAX_PAGES_TO_REACH) {
            loadOlder.run();
        }
        if (messages.shown(target.seq()) == null) {
            return false;
        }
        messages.getElement().executeJs("""
                requestAnimationFrame(() => {
                  const bubble = document.getElementById($0);
                  if (!bubble) return;
                  bubble.scrollIntoView({block: 'center'});
                  bubble.classList.remove('message-highlight');
                  void bubble.offsetWidth;
                  bubble.classList.add('message-highlight');
                  clearTimeout(bubble.__highlight);
                  bubble.__highlight = setTimeout(() => bubble.classList.remove('message-highlight'), 3000);
                });""", "message-" + target.id().value());
        return true;
    }
}
