package com.chatter.render;

import com.chatter.extension.MessageRenderer;
import com.vaadin.flow.dom.Element;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * WhatsApp's formatting: {@code *bold*}, {@code _italic_}, {@code ~strike~}, {@code `code`} and {@code ```}
 * blocks (which may span lines). As in WhatsApp a marker only counts at a word's edge ({@code snake_case_name} and
 * {@code 2*3*4} stay as typed, and so does a marker after a backslash, as in ¯\_(ツ)_/¯), the marked text
 * neither starts nor ends with a space and stays on one line; styles
 * nest ({@code *_both_*}). Code is shown exactly as typed, nothing inside it is rendered further; web links are
 * left whole for the link renderer (an underscore in a URL is no italics).
 */
@Component
@Order(100)
public class FormattingRenderer implements MessageRenderer {

    private static final Pattern BLOCK = Pattern.compile("```(.+?)```", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern STYLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_~\\\\])([*_~])(?=\\S)([^\\n]*?[^\\s])\\1(?![\\p{L}\\p{N}])");

    @Override
    public boolean appliesTo(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '~' || c == '`') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void render(String text, Element parent, Next next) {
        split(BLOCK, text, parent, (m, into) -> into.appendChild(code("pre", m.group(1))),
                (plain, into) -> split(INLINE_CODE, plain, into, (m, in) -> in.appendChild(code("code", m.group(1))),
                        (rest, in) -> styles(rest, in, next)));
    }

    /**
     * Finds the styles in a copy of the text whose web links are masked (a marker inside a link is none), and
     * renders the original text's parts: styled ones recursively, the rest with the next renderers.
     */
    private void styles(String text, Element parent, Next next) {
        var matcher = STYLE.matcher(masked(text));
        int done = 0;
        while (matcher.find()) {
            next.render(text.substring(done, matcher.start()), parent);
            var styled = new Element(switch (matcher.group(1)) {
                case "*" -> "strong";
                case "_" -> "em";
                default -> "s";
            });
            styles(text.substring(matcher.start(2), matcher.end(2)), styled, next);
            parent.appendChild(styled);
            done = matcher.end();
        }
        next.render(text.substring(done), parent);
    }

    /** The text with every web link (as the link renderer would take it) replaced by as many letters. */
    private static CharSequence masked(String text) {
        if (!text.contains("://")) {
            return text;
        }
        var masked = new StringBuilder(text);
        var links = Links.CANDIDATE.matcher(text);
        while (links.find()) {
            int end = Links.trimmedEnd(text, links.start(), links.end());
            for (int i = links.start(); i < end; i++) {
                masked.setCharAt(i, 'x');
            }
        }
        return masked;
    }

    private static Element code(String tag, String content) {
        var code = new Element(tag);
        code.getClassList().add("message-code");
        code.setText(content);
        return code;
    }

    private interface Match {
        void render(Matcher match, Element parent);
    }

    private static void split(Pattern pattern, String text, Element parent, Match onMatch, Next between) {
        var matcher = pattern.matcher(text);
        int done = 0;
        while (matcher.find()) {
            between.render(text.substring(done, matcher.start()), parent);
            onMatch.render(matcher, parent);
            done = matcher.end();
        }
        between.render(text.substring(done), parent);
    }
}
