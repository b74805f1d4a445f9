package com.chatter.chat.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A search result's text with the match highlighted ({@code <mark class="search-match">}), built from text nodes
 * and elements: never parsed as HTML, whatever the message holds. Long texts are cut around the first match.
 */
final class SearchSnippet {

    static final int BEFORE = 40;
    static final int LENGTH = 160;

    private SearchSnippet() {
    }

    static Span of(String content, String query) {
        var span = new Span();
        span.addClassName("search-snippet");
        var text = content.replace('\n', ' ');
        int at = indexOfIgnoreCase(text, query);
        if (at < 0 || query.isEmpty()) {
            span.setText(cut(text, 0, LENGTH));
            return span;
        }
        int start = Math.max(0, at - BEFORE);
        var element = span.getElement();
        var prefix = (start > 0 ? "…" : "") + text.substring(safe(text, start), at);
        element.appendChild(Element.createText(prefix));
        var mark = new Element("mark");
        mark.getClassList().add("search-match");
        mark.setText(text.substring(at, at + query.length()));
        element.appendChild(mark);
        int end = at + query.length();
        element.appendChild(Element.createText(cut(text, end, Math.max(20, LENGTH - (end - start)))));
        return span;
    }

    /** Where {@code query} first occurs in {@code text}, ignoring case, or -1. */
    static int indexOfIgnoreCase(String text, String query) {
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String cut(String text, int from, int length) {
        if (text.length() - from <= length) {
            return text.substring(from);
        }
        return text.substring(from, safe(text, from + length)) + "…";
    }

    /** An index that does not split a surrogate pair. */
    private static int safe(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
