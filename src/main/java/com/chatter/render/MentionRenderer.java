package com.chatter.render;

import com.chatter.extension.MessageRenderer;
import com.vaadin.flow.dom.Element;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code @username} becomes a link to that person: {@code with/{username}} opens the chat with them (starting it
 * when there is none yet; an unknown name shows "not found"). Only what a username can be (3 to 32 letters,
 * digits, {@code .}, {@code _}, {@code -}) at a word's start counts, so e-mail addresses stay text; a dot ending
 * the sentence is not part of the name.
 */
@Component
@Order(300)
public class MentionRenderer implements MessageRenderer {

    /** The route that opens the chat with a person by username (relative to the application's root). */
    public static final String ROUTE = "with/";

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([A-Za-z0-9._-]{3,32})");

    @Override
    public boolean appliesTo(String text) {
        return text.indexOf('@') >= 0;
    }

    @Override
    public void render(String text, Element parent, Next next) {
        var matcher = MENTION.matcher(text);
        int done = 0;
        while (matcher.find()) {
            var name = matcher.group(1);
            while (name.endsWith(".") || name.endsWith("-")) {
                name = name.substring(0, name.length() - 1);
            }
            if (name.length() < 3) {
                continue;
            }
            next.render(text.substring(done, matcher.start()), parent);
            var link = new Element("a");
            link.setAttribute("href", ROUTE + name);
            link.setAttribute("router-link", "");
            link.getClassList().add("mention");
            link.setAttribute("data-username", name);
            link.setText("@" + name);
            parent.appendChild(link);
            done = matcher.start() + 1 + name.length();
        }
        next.render(text.substring(done), parent);
    }
}
