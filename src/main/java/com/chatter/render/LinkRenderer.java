package com.chatter.render;

import com.chatter.extension.MessageRenderer;
import com.vaadin.flow.dom.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Web links become anchors that open in a new tab without handing this page to the other one
 * ({@code target="_blank" rel="noopener noreferrer"}). Only {@code http} and {@code https} URLs with a host are
 * linked (any letter case); {@code javascript:}, {@code data:} and everything else stay text. The anchor's text is
 * exactly what was typed.
 */
@Component
@Order(200)
public class LinkRenderer implements MessageRenderer {

    @Override
    public boolean appliesTo(String text) {
        return text.contains("://");
    }

    @Override
    public void render(String text, Element parent, Next next) {
        var matcher = Links.CANDIDATE.matcher(text);
        int done = 0;
        while (matcher.find()) {
            int end = Links.trimmedEnd(text, matcher.start(), matcher.end());
            var typed = text.substring(matcher.start(), end);
            var href = Links.safeHref(typed);
            if (href == null) {
                continue;
            }
            next.render(text.substring(done, matcher.start()), parent);
            parent.appendChild(anchor(href, typed));
            done = end;
        }
        next.render(text.substring(done), parent);
    }

    static Element anchor(String href, String text) {
        var anchor = new Element("a");
        anchor.setAttribute("href", href);
        anchor.setAttribute("target", "_blank");
        anchor.setAttribute("rel", "noopener noreferrer");
        anchor.getClassList().add("message-link");
        anchor.setText(text);
        return anchor;
    }
}
