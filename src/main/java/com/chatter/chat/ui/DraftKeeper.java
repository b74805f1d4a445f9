package com.chatter.chat.ui;

import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ChatListService;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the text left in the composer as the chat's draft, on the server (per member): saved a moment after typing
 * stops, when another chat opens and when the room closes; put back when the chat opens again (also after a reload
 * or on another device).
 */
final class DraftKeeper {

    static final Duration SAVE_AFTER = Duration.ofMillis(700);
    private static final Logger log = LoggerFactory.getLogger(DraftKeeper.class);

    private final ChatListService lists;
    private final UiScheduler scheduler;
    private final TextArea input;
    private @Nullable ConversationId conversation;
    private String saved = "";
    private @Nullable Registration pending;

    DraftKeeper(ChatListService lists, UiScheduler scheduler, TextArea input) {
        this.lists = lists;
        this.scheduler = scheduler;
        this.input = input;
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveSoon();
            }
        });
    }

    /** A chat opened (after the composer was emptied for it): its draft goes into the box. */
    void enter(ConversationId id, @Nullable String draft) {
        conversation = id;
        saved = draft == null ? "" : draft;
        if (!saved.isEmpty()) {
            input.setValue(saved);
        }
    }

    /** The chat is left (another one opens, or the room closes): what the box holds is kept. */
    void leave() {
        flush();
        conversation = null;
    }

    /** A message was sent: the box is empty, and so is the draft. */
    void sent() {
        cancel();
        if (conversation != null && !saved.isEmpty()) {
            save("");
        }
    }

    private void saveSoon() {
        cancel();
        input.getUI().ifPresent(ui -> pending = scheduler.later(ui, SAVE_AFTER, () -> {
            pending = null;
            flush();
        }));
    }

    void flush() {
        cancel();
        var text = Objects.requireNonNullElse(input.getValue(), "");
        if (conversation != null && !text.equals(saved)) {
            save(text);
        }
    }

    private void save(String text) {
        try {
            lists.saveDraft(conversation, text);
            saved = text;
        } catch (RuntimeException e) {
            log.debug("Draft not kept", e);
        }
    }

    private void cancel() {
        if (pending != null) {
            pending.remove();
            pending = null;
        }
    }
}
