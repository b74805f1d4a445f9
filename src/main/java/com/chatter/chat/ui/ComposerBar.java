package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageActions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The bar above the composer while replying ({@code reply-preview}, {@code reply-cancel}) or editing
 * ({@code edit-bar}, {@code edit-cancel}). While it shows, Enter sends a reply or saves the edit; Esc in the box
 * cancels; ↑ in an empty box edits my last message.
 */
class ComposerBar extends Div {

    final Div replyPreview = new Div();
    final Div editBar = new Div();
    // The bars' cancel buttons, made with their bar's content when it shows (null while it is hidden).
    @Nullable Button replyCancel;
    @Nullable Button editCancel;
    private final Composer composer;
    private final MessageActions actions;
    private final Supplier<MessageBubble.Context> context;
    private final Consumer<ChatMessage> onEdited;
    private final Runnable editLast;
    private @Nullable ChatMessage replyingTo;
    private @Nullable ChatMessage editing;

    ComposerBar(Composer composer, MessageActions actions, Supplier<MessageBubble.Context> context,
            Consumer<ChatMessage> onEdited, Runnable editLast) {
        this.composer = composer;
        this.actions = actions;
        this.context = context;
        this.onEdited = onEdited;
        this.editLast = editLast;
        addClassName("composer-bar");
        replyPreview.setId("reply-preview");
        replyPreview.addClassNames("reply-preview", "composer-bar-row");
        replyPreview.setVisible(false);
        editBar.setId("edit-bar");
        editBar.addClassNames("edit-bar", "composer-bar-row");
        editBar.setVisible(false);
        add(replyPreview, editBar);
    }

    /** Fills a bar (title, text, cancel button) and shows it; {@link #hide} empties it again. */
    private static Button show(Div bar, String title, String text, String cancelId, String cancelLabel,
            Runnable onCancel) {
        var author = new Span(title);
        author.addClassName("reply-preview-author");
        var content = new Span(text);
        content.addClassName("reply-preview-text");
        var texts = new Div(author, content);
        texts.addClassName("reply-preview-texts");
        var cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onCancel.run());
        cancel.setId(cancelId);
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        cancel.setAriaLabel(cancelLabel);
        bar.removeAll();
        bar.add(texts, cancel);
        bar.setVisible(true);
        return cancel;
    }

    private static void hide(Div bar) {
        bar.setVisible(false);
        bar.removeAll();
    }

    @Nullable ChatMessage replyingTo() {
        return replyingTo;
    }

    @Nullable ChatMessage editing() {
        return editing;
    }

    void startReply(ChatMessage message) {
        endEdit(true);
        replyingTo = message;
        replyCancel = show(replyPreview, context.get().nameOf(message.senderId()), message.content(),
                "reply-cancel", "Cancel reply", this::cancelReply);
        composer.setDelivery((conversation, clientMessageId, text) -> {
            var sent = actions.reply(conversation, clientMessageId, text, message.id());
            cancelReply();
            return sent;
        });
        composer.input.focus();
    }

    void cancelReply() {
        if (replyingTo != null) {
            replyingTo = null;
            hide(replyPreview);
            replyCancel = null;
            composer.resetDelivery();
        }
    }

    void startEdit(ChatMessage message) {
        cancelReply();
        editing = message;
        editCancel = show(editBar, "Edit message", message.content(), "edit-cancel", "Cancel editing",
                this::cancelEdit);
        composer.input.setValue(message.content());
        composer.input.setInvalid(false);
        composer.setDelivery((conversation, clientMessageId, text) -> {
            var edited = actions.edit(message.id(), text);
            endEdit(false);
            onEdited.accept(edited);
            return null; // nothing new to show: the bubble changed in place
        });
        composer.input.getElement().executeJs("""
                const area = this.querySelector('textarea') || this.inputElement;
                this.focus();
                if (area) requestAnimationFrame(() => area.setSelectionRange(area.value.length, area.value.length));""");
    }

    void cancelEdit() {
        endEdit(true);
    }

    /** Leaves edit mode; the box is emptied when the edit was cancelled (it held the old text). */
    private void endEdit(boolean clearBox) {
        if (editing != null) {
            editing = null;
            hide(editBar);
            editCancel = null;
            composer.resetDelivery();
            if (clearBox) {
                composer.input.clear();
                composer.input.setInvalid(false);
            }
        }
    }

    /** A new conversation was opened: no reply, no edit. */
    void reset() {
        cancelReply();
        endEdit(false);
    }

    @ClientCallable
    void escapeInComposer() {
        if (editing != null) {
            cancelEdit();
        } else {
            cancelReply();
        }
    }

    @ClientCallable
    void arrowUpInEmptyComposer() {
        if (editing == null) {
            editLast.run();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        composer.input.getElement().executeJs("""
                const field = this;
                const bar = $0;
                if (field.__composerBarKeys) return;
                field.__composerBarKeys = e => {
                  if (e.isComposing || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
                  if (e.key === 'Escape') {
                    bar.$server.escapeInComposer();
                  } else if (e.key === 'ArrowUp' && !(field.value || '')) {
                    e.preventDefault();
                    bar.$server.arrowUpInEmptyComposer();
                  }
                };
                field.addEventListener('keydown', field.__composerBarKeys);""", getElement());
    }
}
