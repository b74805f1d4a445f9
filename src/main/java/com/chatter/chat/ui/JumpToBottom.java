package com.chatter.chat.ui;

import com.chatter.base.ui.BrowserIcon;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The round button that appears when the user has scrolled up in a chat, with the number of messages that arrived
 * meanwhile; a click goes back to the newest message. The browser tells only when the user crosses the threshold,
 * so scrolling costs no round trips.
 */
class JumpToBottom extends Button {

    final Span count = new Span();
    private final MessageList messages;
    private boolean scrolledUp;
    private int unseen;

    JumpToBottom(MessageList messages) {
        this.messages = messages;
        setId("jump-to-bottom");
        addClassName("jump-to-bottom");
        addThemeVariants(ButtonVariant.PRIMARY);
        BrowserIcon.onButton(this, VaadinIcon.ANGLE_DOUBLE_DOWN);
        setAriaLabel("Jump to the newest message");
        getElement().setAttribute("title", "Newest messages");
        count.setId("jump-to-bottom-count");
        count.addClassName("jump-to-bottom-count");
        count.getElement().setAttribute("hidden", true);
        getElement().appendChild(count.getElement());
        // Hidden by attribute, not setVisible: an invisible component gets no client-side script (see onAttach).
        getElement().setAttribute("hidden", true);
        addClickListener(e -> {
            messages.scrollToBottom();
            scrolled(false);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const button = this;
                const list = $0;
                if (list.__jumpListener) list.removeEventListener('scroll', list.__jumpListener);
                button.__up = false;
                list.__jumpListener = () => {
                  const up = Math.abs(list.scrollTop) > 160;
                  if (up !== button.__up) {
                    button.__up = up;
                    button.$server.scrolled(up);
                  }
                };
                list.addEventListener('scroll', list.__jumpListener, {passive: true});""", messages.getElement());
    }

    /** The user scrolled away from the newest messages, or back to them. */
    @ClientCallable
    void scrolled(boolean up) {
        scrolledUp = up;
        if (!up) {
            unseen = 0;
            count.getElement().setAttribute("hidden", true);
        }
        getElement().setAttribute("hidden", !up);
    }

    /** A message from the other person arrived. */
    void arrived() {
        if (scrolledUp) {
            unseen++;
            count.setText(Integer.toString(unseen));
            count.getElement().removeAttribute("hidden");
            setAriaLabel(unseen + " new messages: jump to the newest");
        }
    }

    /** True while the button shows (the user is scrolled up). */
    boolean isShown() {
        return !getElement().hasAttribute("hidden");
    }

    /** Another chat was opened. */
    void reset() {
        scrolled(false);
    }
}
