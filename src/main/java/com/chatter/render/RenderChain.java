package com.chatter.render;

import com.chatter.extension.MessageRenderer;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MessageRenderer} beans in their {@code @Order} over a message's text and puts the result into the
 * bubble's text element. A text no renderer applies to becomes the element's one text node, as without renderers.
 * A renderer that throws leaves the whole text plain (and is logged): the default is always safe.
 */
@Component
public class RenderChain {

    private static final Logger log = LoggerFactory.getLogger(RenderChain.class);

    private final List<MessageRenderer> renderers;

    public RenderChain(List<MessageRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Fills {@code target} (e.g. a bubble's {@code span.message-text}) with the rendering of {@code text}. */
    public void fill(Element target, String text) {
        int first = firstApplying(0, text);
        if (first < 0) {
            target.setText(text); // the plain case: one text node
            return;
        }
        try {
            render(first, text, target);
        } catch (RuntimeException failure) {
            log.warn("A message renderer failed; the message is shown as plain text", failure);
            target.removeAllChildren();
            target.setText(text);
        }
    }

    private void render(int index, String text, Element parent) {
        if (text.isEmpty()) {
            return;
        }
        int applying = firstApplying(index, text);
        if (applying < 0) {
            parent.appendChild(Element.createText(text));
            return;
        }
        renderers.get(applying).render(text, parent, (part, into) -> render(applying + 1, part, into));
    }

    private int firstApplying(int from, String text) {
        for (int i = from; i < renderers.size(); i++) {
            if (renderers.get(i).appliesTo(text)) {
                return i;
            }
        }
        return -1;
    }
}
