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
    final Button replyCancel = new Button(VaadinIcon.CLOSE_SMALL.create());
    final Div editBar = new Div();
    final Button editCancel = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Span replyAuthor = new Span();
    private final Span replyText = new Span();
    private final Span editText = new Span();
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

        replyAuthor.addClassName("reply-preview-author");
        replyText.addClassName("reply-preview-text");
        var replyTexts = new Div(replyAuthor, replyText);
        replyTexts.addClassName("reply-preview-texts");
        replyCancel.setId("reply-cancel");
        replyCancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        replyCancel.setAriaLabel("Cancel reply");
        replyCancel.addClickListener(e -> cancelReply());
        replyPreview.setId("reply-preview");
        replyPreview.addClassNames("reply-preview", "composer-bar-row");
        replyPreview.add(replyTexts, replyCancel);
        replyPreview.setVisible(false);

        var editTitle = new Span("Edit message");
        editTitle.addClassName("reply-preview-author");
        editText.addClassName("reply-preview-text");
        var editTexts = new Div(editTitle, editText);
        editTexts.addClassName("reply-preview-texts");
        editCancel.setId("edit-cancel");
        editCancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        editCancel.setAriaLabel("Cancel editing");
        editCancel.addClickListener(e -> cancelEdit());
        editBar.setId("edit-bar");
        editBar.addClassNames("edit-bar", "composer-bar-row");
        editBar.add(editTexts, editCancel);
        editBar.setVisible(false);
        add(replyPreview, editBar);
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
        replyAuthor.setText(context.get().nameOf(message.senderId()));
        replyText.setText(message.content());
        replyPreview.setVisible(true);
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
            replyPreview.setVisible(false);
            composer.resetDelivery();
        }
    }

    void startEdit(ChatMessage message) {
        cancelReply();
        editing = message;
        editText.setText(message.content());
        editBar.setVisible(true);
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
            editBar.setVisible(false);
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
