package com.chatter.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * A small floating panel shared by all bubbles of a room (the message menu, the reaction picker), opened next to
 * where it was asked for. Keyboard: the first item takes the focus, arrow keys move between the items, Tab too,
 * Esc closes it and gives the focus back; a click elsewhere closes it. Only the empty panel lives with the room:
 * its items are made when it opens ({@link #item}) and dropped when it closes.
 */
abstract class Popup extends Div {

    private Runnable onEscape = () -> { };
    private boolean open;

    Popup(String id, String role) {
        setId(id);
        addClassName("chat-popup");
        getElement().setAttribute("role", role);
        // Hidden by the attribute, not setVisible: an invisible component is not sent to the browser, and its
        // listeners (see onAttach) would not be installed until it shows.
        getElement().setAttribute("hidden", true);
    }

    boolean isOpen() {
        return open;
    }

    /** An item of the popup: a button with a stable id (made when opening, dropped by {@link #close}). */
    Button item(String id, String label, Runnable action) {
        var button = new Button(label, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("chat-popup-item");
        button.getElement().setAttribute("role", getElement().getAttribute("role").equals("menu") ? "menuitem"
                : "option");
        add(button);
        return button;
    }

    /** Shows the popup at the viewport position (x, y), kept inside the viewport, focused on its first item. */
    void openAt(double x, double y) {
        open = true;
        getElement().removeAttribute("hidden");
        getElement().executeJs("""
                const p = this;
                requestAnimationFrame(() => {
                  p.style.left = Math.max(4, Math.min($0, innerWidth - p.offsetWidth - 4)) + 'px';
                  p.style.top = Math.max(4, Math.min($1, innerHeight - p.offsetHeight - 4)) + 'px';
                  const first = [...p.querySelectorAll('vaadin-button')].find(b => !b.hidden && !b.disabled);
                  if (first) first.focus();
                });""", x, y);
    }

    /** Hides the popup and drops its items (they are made again when it next opens). */
    void close() {
        open = false;
        getElement().setAttribute("hidden", true);
        removeAll();
    }

    /** What Esc does besides closing (e.g. giving the focus back to the bubble's menu button). */
    void onEscape(Runnable action) {
        this.onEscape = action;
    }

    @ClientCallable
    void escape() {
        if (open) {
            close();
            onEscape.run();
        }
    }

    /**
     * Gives the focus back to the bubble's menu button, where a message action started (after its dialog or picker
     * closed), or to the message box when the bubble is gone. Runs after the browser's own focus handling.
     */
    static void focusMenuButton(com.chatter.chat.ChatMessage message) {
        com.vaadin.flow.component.UI.getCurrent().getPage().executeJs("""
                requestAnimationFrame(() => {
                  const button = document.getElementById($0);
                  const box = document.querySelector('#message-input textarea');
                  if (button) button.focus(); else if (box) box.focus();
                });""", "message-menu-" + message.id().value());
    }

    @ClientCallable
    void clickedOutside() {
        close();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const p = this;
                if (p.__popupKeys) return;
                p.__popupKeys = e => {
                  const items = [...p.querySelectorAll('vaadin-button')].filter(b => !b.hidden && !b.disabled);
                  const i = items.indexOf(document.activeElement);
                  if (e.key === 'Escape') {
                    e.preventDefault(); e.stopPropagation(); p.$server.escape();
                  } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
                    e.preventDefault(); if (items.length) items[(i + 1) % items.length].focus();
                  } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
                    e.preventDefault(); if (items.length) items[(i - 1 + items.length) % items.length].focus();
                  }
                };
                p.addEventListener('keydown', p.__popupKeys);
                p.__popupOutside = e => {
                  if (!p.hidden && !p.contains(e.target) && !(e.target.closest && e.target.closest(
                      '.message-menu-button, .reaction-chip, .chat-popup, vaadin-dialog-overlay'))) {
                    p.$server.clickedOutside();
                  }
                };
                document.addEventListener('pointerdown', p.__popupOutside, true);""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("""
                if (this.__popupOutside) document.removeEventListener('pointerdown', this.__popupOutside, true);
                delete this.__popupOutside;""");
    }
}
