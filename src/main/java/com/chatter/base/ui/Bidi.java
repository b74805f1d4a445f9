package com.chatter.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;

/**
 * Text that people wrote (names, messages) is shown bidi-isolated: {@code dir="auto"} takes its direction from its
 * own first strong character, and {@code unicode-bidi: isolate} (styles.css) keeps what is inside from reordering
 * what is around it. So a right-to-left override (U+202E) in a name or message can't reverse the text beside it.
 */
public final class Bidi {

    private Bidi() {
    }

    public static <T extends HasElement> T isolated(T component) {
        isolated(component.getElement());
        return component;
    }

    public static Element isolated(Element element) {
        return element.setAttribute("dir", "auto");
    }
}
