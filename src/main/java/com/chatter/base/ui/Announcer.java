package com.chatter.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A polite live region, invisible on screen: what is put here is read out once by screen readers (e.g. "Message
 * from Bob: see you at 8"), without them re-reading the lists the news also appears in.
 */
public class Announcer extends Div {

    private boolean flip;

    public Announcer() {
        setId("live-announcer");
        addClassName("sr-only");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Reads the text out once. The same text twice in a row is read twice (a trailing space tells them apart). */
    public void announce(String text) {
        flip = !flip;
        setText(flip ? text : text + " ");
    }
}
