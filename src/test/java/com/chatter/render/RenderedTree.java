package com.chatter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.extension.MessageRenderer;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders text into a detached element and checks what came out: only safe tags and attributes, text nodes. */
final class RenderedTree {

    static final Set<String> TAGS = Set.of("span", "a", "strong", "em", "s", "code", "pre");
    static final Set<String> ATTRIBUTES = Set.of("href", "target", "rel", "class", "router-link", "data-username");

    private RenderedTree() {
    }

    /** The element a bubble's text would be: {@code span.message-text} filled by the chain. */
    static Element render(List<MessageRenderer> renderers, String text) {
        var target = new Element("span");
        new RenderChain(renderers).fill(target, text);
        return target;
    }

    /** Fails unless every node is a text node or a safe element without properties, with a safe href. */
    static void assertInert(Element element) {
        if (element.isTextNode()) {
            return;
        }
        assertThat(TAGS).contains(element.getTag());
        assertThat(element.getPropertyNames().toList()).as("properties of <%s>", element.getTag()).isEmpty();
        for (var name : element.getAttributeNames().toList()) {
            assertThat(ATTRIBUTES).as("attribute of <%s>", element.getTag()).contains(name);
        }
        if (element.hasAttribute("href")) {
            var href = element.getAttribute("href");
            if (element.hasAttribute("router-link")) {
                assertThat(href).startsWith(MentionRenderer.ROUTE).matches("with/[A-Za-z0-9._-]{3,32}");
            } else {
                assertThat(href.toLowerCase(Locale.ROOT)).matches("https?://.+");
                assertThat(element.getAttribute("rel")).isEqualTo("noopener noreferrer");
                assertThat(element.getAttribute("target")).isEqualTo("_blank");
            }
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            assertInert(element.getChild(i));
        }
    }

    /** The text the element shows (all text nodes in order). */
    static String text(Element element) {
        return element.getTextRecursively();
    }

    /** The anchors in the element, in order. */
    static List<Element> anchors(Element element) {
        var found = new java.util.ArrayList<Element>();
        collect(element, "a", found);
        return found;
    }

    static List<Element> all(Element element, String tag) {
        var found = new java.util.ArrayList<Element>();
        collect(element, tag, found);
        return found;
    }

    private static void collect(Element element, String tag, List<Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getTag().equals(tag)) {
            found.add(element);
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            collect(element.getChild(i), tag, found);
        }
    }
}
