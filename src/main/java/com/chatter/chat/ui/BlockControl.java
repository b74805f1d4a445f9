package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.block.BlockService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Blocking from the chat room: "Block" / "Unblock" in the header menu ({@code block-button}), and for the blocker,
 * in place of the message box, "You blocked this contact." with an {@code unblock-button}. The blocked person sees
 * nothing of it until a send is refused with "You can't message this person".
 */
class BlockControl {

    private final BlockService blocks;
    private final Composer composer;
    final RoomHeader.MenuEntry item;
    final Div notice = new Div();
    /** The notice's button, made with its text while the notice shows (null otherwise). */
    @Nullable Button unblock;

    private @Nullable UserId other;
    private boolean blocked;

    BlockControl(BlockService blocks, RoomHeader header, Composer composer) {
        this.blocks = blocks;
        this.composer = composer;
        this.item = header.addMenuItem("block-button", "Block", () -> setBlocked(!blocked));

        notice.setId("blocked-notice");
        notice.addClassName("blocked-notice");
        notice.setVisible(false);
        composer.extras.add(notice);
    }

    /** The room opened a conversation with {@code person}. */
    void show(UserId person) {
        other = person;
        apply(blocks.hasBlocked(person));
    }

    boolean blocked() {
        return blocked;
    }

    private void setBlocked(boolean block) {
        if (other == null) {
            return;
        }
        if (block) {
            blocks.block(other);
        } else {
            blocks.unblock(other);
        }
        apply(block);
    }

    private void apply(boolean isBlocked) {
        blocked = isBlocked;
        item.setText(isBlocked ? "Unblock" : "Block");
        notice.removeAll();
        unblock = null;
        if (isBlocked) {
            unblock = new Button("Unblock", e -> setBlocked(false));
            unblock.setId("unblock-button");
            unblock.addThemeVariants(ButtonVariant.TERTIARY);
            notice.add(new Span("You blocked this contact."), unblock);
        }
        notice.setVisible(isBlocked);
        // The message box and send button make way for the notice (styles.css: .composer-area.blocked).
        composer.getElement().getClassList().set("blocked", isBlocked);
        composer.input.setEnabled(!isBlocked);
        composer.send.setEnabled(!isBlocked);
    }
}
