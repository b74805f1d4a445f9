package com.chatter.chat.ui;

import com.chatter.base.ui.IconButton;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The round button that appears when the user has scrolled up in a chat, with the number of messages that arrived
 * meanwhile; a click goes back to the newest message. The browser tells only when the user crosses the threshold,
 * so scrolling costs no round trips. The count ({@code jump-to-bottom-count}) is a span the browser draws: the
 * server keeps the number, not a component.
 */
class JumpToBottom extends IconButton {

    /** Shows the count in the browser's span (made there on first use), or hides it at 0. */
    private static final String DRAW_COUNT = """
            let count = this.querySelector('#jump-to-bottom-count');
            if (!count) {
              count = document.createElement('span');
              count.id = 'jump-to-bottom-count';
              count.className = 'jump-to-bottom-count';
              this.appendChild(count);
            }
            count.textContent = $0 > 0 ? String($0) : '';
            count.hidden = !($0 > 0);""";

    private final MessageList messages;
    private boolean scrolledUp;
    private int unseen;

    JumpToBottom(MessageList messages) {
        super(VaadinIcon.ANGLE_DOUBLE_DOWN, "Jump to the newest message");
        this.messages = messages;
        setId("jump-to-bottom");
        addClassName("jump-to-bottom");
        addThemeVariants(ButtonVariant.PRIMARY);
        getElement().setAttribute("title", "Newest messages");
        // Hidden by attribute, not setVisible: an invisible component gets no client-side script (see onAttach).
        getElement().setAttribute("hidden", true);
        addClickListener(e -> {
            messages.scrollToBottom();
            scrolled(false);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        drawCount();
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
            if (unseen > 0) {
                unseen = 0;
                drawCount();
                setAriaLabel("Jump to the newest message");
            }
        }
        getElement().setAttribute("hidden", !up);
    }

    /** A message from the other person arrived. */
    void arrived() {
        if (scrolledUp) {
            unseen++;
            drawCount();
            setAriaLabel(unseen + " new messages: jump to the newest");
        }
    }

    /** The number of messages that arrived while scrolled up (0: the count is hidden). */
    int count() {
        return unseen;
    }

    private void drawCount() {
        getElement().executeJs(DRAW_COUNT, unseen);
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
