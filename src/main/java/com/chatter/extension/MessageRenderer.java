package com.chatter.extension;

import com.vaadin.flow.dom.Element;

/**
 * Turns (a part of) a message's text into Vaadin DOM elements. Renderers form a chain in {@code @Order}: each one
 * takes the parts it recognises (a link, {@code *bold*}) and hands every other part to {@link Next}, the rest of
 * the chain, which ends in the safe default: a plain text node. A message none of them {@link #appliesTo applies
 * to} stays one text node, as cheap as no renderer at all.
 *
 * <p>Renderers build elements and text nodes only ({@code new Element("strong")}, {@code Element.createText},
 * {@code setText}, {@code setAttribute}); never {@code Html}, {@code innerHTML} or {@code executeJs}. The browser
 * then never parses message text as markup, so any text stays inert (the test suite runs the Big List of Naughty
 * Strings through every renderer). Elements carry no listeners: an open room stays small. Built in: links
 * (http/https only), WhatsApp formatting and {@code @username} mentions.
 *
 * <pre>{@code
 * @Component
 * @Order(500)
 * class HashtagRenderer implements MessageRenderer {
 *     private static final Pattern TAG = Pattern.compile("#\\w+");
 *     public boolean appliesTo(String text) { return text.indexOf('#') >= 0; }
 *     public void render(String text, Element parent, Next next) {
 *         var m = TAG.matcher(text);
 *         int last = 0;
 *         while (m.find()) {
 *             next.render(text.substring(last, m.start()), parent);
 *             parent.appendChild(new Element("span").setText(m.group()).setAttribute("class", "hashtag"));
 *             last = m.end();
 *         }
 *         next.render(text.substring(last), parent);
 *     }
 * }
 * }</pre>
 */
public interface MessageRenderer {

    /** A quick look (no allocation if possible): could {@link #render} change anything in this text? */
    boolean appliesTo(String text);

    /**
     * Appends the rendering of {@code text} to {@code parent}; parts this renderer leaves alone go to {@code next}
     * (an empty text may be handed on; it appends nothing).
     */
    void render(String text, Element parent, Next next);

    /** The rest of the chain after a renderer. */
    @FunctionalInterface
    interface Next {

        /** Renders {@code text} with the following renderers and appends it to {@code parent}. */
        void render(String text, Element parent);
    }
}
