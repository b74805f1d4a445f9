package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The open room's messages from the database into its {@link MessageList}: the newest page, older pages, a new
 * message shown in order, and catching up on what was missed. The list never shows a hole.
 */
final class RoomHistory {

    private final ChatService chat;
    private final MessageList messages;
    private final Supplier<@Nullable ConversationId> open;
    private final Consumer<ChatMessage> onShown;

    /**
     * @param open the open conversation, null when none is
     * @param onShown told of each new message appended to the list
     */
    RoomHistory(ChatService chat, MessageList messages, Supplier<@Nullable ConversationId> open,
            Consumer<ChatMessage> onShown) {
        this.chat = chat;
        this.messages = messages;
        this.open = open;
        this.onShown = onShown;
    }

    /**
     * Shows a message: the next one is appended; one already shown is ignored; one after a gap makes the view
     * read the missing range from the database first, so it never shows a hole.
     */
    void show(ChatMessage message) {
        long newest = messages.newestSeq();
        if (message.seq() <= newest) {
            return;
        }
        if (message.seq() == newest + 1) {
            messages.append(message);
            onShown.accept(message);
        } else {
            catchUp();
        }
        // No scrolling here: the list is anchored at the bottom (column-reverse), so a reader at the bottom stays
        // there as messages arrive, and one reading older messages is not pulled away. Own sends scroll (deliver).
    }

    /** Reads every message after the newest one shown, page by page. */
    void catchUp() {
        var id = open.get();
        if (id == null) {
            return;
        }
        List<ChatMessage> page;
        do {
            page = chat.messagesAfter(id, messages.newestSeq(), ChatService.MAX_PAGE_SIZE);
            page.forEach(messages::append);
        } while (page.size() == ChatService.MAX_PAGE_SIZE);
    }

    /** Reads the next older page; false when there was none. */
    boolean loadOlderPage() {
        var id = open.get();
        if (id == null) {
            return false;
        }
        var older = chat.messagesBefore(id, messages.oldestSeq(), ChatRoomView.PAGE_SIZE);
        messages.prepend(older);
        messages.setOlderAvailable(!older.isEmpty() && older.getFirst().seq() > 1);
        return !older.isEmpty();
    }

    List<ChatMessage> newestPage() {
        var id = open.get();
        return id == null ? List.of() : chat.latestMessages(id, ChatRoomView.PAGE_SIZE);
    }
}
