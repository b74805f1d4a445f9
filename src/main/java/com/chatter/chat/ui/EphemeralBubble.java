package com.chatter.chat.ui;

import com.vaadin.flow.dom.Element;

/**
 * An answer only the person who ran a command sees: drawn in this room like a bubble, marked
 * {@code data-ephemeral="true"} with the note "Only you can see this". Never stored, never relayed; gone when the
 * room is opened again.
 */
final class EphemeralBubble {

    private EphemeralBubble() {
    }

    static Element of(String text) {
        var content = new Element("span");
        content.getClassList().add("message-text");
        content.setText(text);
        var note = new Element("span");
        note.getClassList().add("ephemeral-note");
        note.setText("Only you can see this");
        var bubble = new Element("div");
        bubble.getClassList().add("message");
        bubble.getClassList().add("ephemeral");
        bubble.setAttribute("data-ephemeral", "true");
        bubble.appendChild(content, note);
        return bubble;
    }
}
