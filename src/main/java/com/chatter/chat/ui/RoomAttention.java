package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ChatListService;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ConversationDetails;
import com.chatter.presence.PresenceService;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * What a chat room adds for attention: the other person's presence in the header, the unread divider the chat
 * opens at, the jump-to-bottom button with its count, and the draft kept per chat. The room calls it when a chat
 * opens, a message shows, the user sends, and the room closes.
 */
final class RoomAttention {

    /** How many older pages a chat may read on opening to reach its first unread message. */
    private static final int MAX_PAGES_TO_DIVIDER = 4;

    final JumpToBottom jump;
    final DraftKeeper drafts;
    private final PresenceLine presence;
    private final UnreadDivider divider = new UnreadDivider();
    private final MessageList messages;
    private final UserId me;

    RoomAttention(ChatRoomView room, PresenceService presenceService, ChatListService lists, UiScheduler scheduler,
            Clock clock, UserId me) {
        this.messages = room.messages;
        this.me = me;
        this.jump = new JumpToBottom(messages);
        this.drafts = new DraftKeeper(lists, scheduler, room.input);
        this.presence = new PresenceLine(presenceService, room.header, clock);
    }

    /** Before the room switches to another chat (or closes): keeps the draft of the one left. */
    void leaving() {
        drafts.leave();
    }

    /**
     * A chat opened with its newest page shown. With unread messages it starts at the divider above the first
     * unread one (reading older pages when needed, via {@code loadOlder}, which returns false when there are none).
     */
    void opened(UI ui, ConversationDetails details, BooleanSupplier loadOlder) {
        presence.show(ui, details.other());
        drafts.enter(details.id(), details.myDraft());
        jump.reset();
        long unread = details.lastSeq() - details.myLastReadSeq();
        if (unread <= 0) {
            divider.hide(messages);
            return;
        }
        long firstUnread = details.myLastReadSeq() + 1;
        for (int i = 0; i < MAX_PAGES_TO_DIVIDER && messages.oldestSeq() > firstUnread; i++) {
            if (!loadOlder.getAsBoolean()) {
                break;
            }
        }
        divider.show(messages, Math.max(firstUnread, Math.min(messages.oldestSeq(), details.lastSeq())), unread);
    }

    /** A message was added below the others. */
    void shown(ChatMessage message) {
        if (!message.senderId().equals(me)) {
            jump.arrived();
        }
    }

    /** The user sent a message. */
    void sent() {
        divider.hide(messages);
        drafts.sent();
    }

    void closed() {
        drafts.leave();
        presence.close();
    }
}
