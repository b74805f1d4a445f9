package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.block.BlockService;
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
    /** "You blocked this contact." with its "Unblock" button, above the composer (hidden unless blocked). */
    final ComposerBar.Notice notice;

    private @Nullable UserId other;
    private boolean blocked;

    BlockControl(BlockService blocks, RoomHeader header, Composer composer, ComposerBar bar) {
        this.blocks = blocks;
        this.composer = composer;
        this.item = header.addMenuItem("block-button", "Block", () -> setBlocked(!blocked));
        this.notice = bar.addNotice("blocked-notice", "You blocked this contact.", "unblock-button", "Unblock",
                () -> setBlocked(false));
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
        notice.show(isBlocked);
        // The message box and send button make way for the notice (styles.css: .composer-area.blocked).
        composer.getElement().getClassList().set("blocked", isBlocked);
        composer.input.setEnabled(!isBlocked);
        composer.send.setEnabled(!isBlocked);
    }
}
