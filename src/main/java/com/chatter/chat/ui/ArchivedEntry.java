package com.chatter.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Archived (2)" at the top of the chat list while any chat is archived: it switches the list to the archived chats
 * and back. Archived chats stay archived when new messages arrive (WhatsApp's current default).
 */
class ArchivedEntry extends Button {

    private boolean showing;

    ArchivedEntry(Runnable onToggle) {
        setId("archived-button");
        addClassName("archived-button");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(e -> {
            showing = !showing;
            onToggle.run();
        });
        setVisible(false);
    }

    /** True while the list shows the archived chats. */
    boolean showing() {
        return showing;
    }

    void update(long archived) {
        if (archived == 0) {
            showing = false;
        }
        boolean visible = archived > 0 || showing;
        setVisible(visible);
        if (!visible) {
            setIcon(null); // nothing kept for an entry that does not show
            setText(null);
            return;
        }
        setIcon(showing ? VaadinIcon.ARROW_LEFT.create() : VaadinIcon.ARCHIVE.create());
        setText(showing ? "Archived: back to chats" : "Archived (" + archived + ")");
    }
}
