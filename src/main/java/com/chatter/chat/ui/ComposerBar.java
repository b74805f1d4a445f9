package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageActions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The bar above the composer while replying ({@code reply-preview}, {@code reply-cancel}) or editing
 * ({@code edit-bar}, {@code edit-cancel}). While it shows, Enter sends a reply or saves the edit; Esc in the box
 * cancels; ↑ in an empty box edits my last message. Below them, notices a feature adds ({@link #addNotice}, e.g.
 * the blocked notice). The rows are drawn in the browser ({@link ClientRows}), a hidden row as an empty
 * {@code hidden} element: the server keeps one state node for the bar, not one per row and part (a row's button is
 * a {@code vaadin-button} whose clicks the bar hears).
 */
class ComposerBar extends Div {

    static final String REPLY = "reply-preview";
    static final String EDIT = "edit-bar";

    private final ClientRows drawing = new ClientRows(getElement());
    private final Composer composer;
    private final MessageActions actions;
    private final Supplier<MessageBubble.Context> context;
    private final Consumer<ChatMessage> onEdited;
    private final Runnable editLast;
    private @Nullable ChatMessage replyingTo;
    private @Nullable ChatMessage editing;
    private final List<Notice> notices = new ArrayList<>();

    ComposerBar(Composer composer, MessageActions actions, Supplier<MessageBubble.Context> context,
            Consumer<ChatMessage> onEdited, Runnable editLast) {
        this.composer = composer;
        this.actions = actions;
        this.context = context;
        this.onEdited = onEdited;
        this.editLast = editLast;
        addClassName("composer-bar");
    }

    /** A row of the bar as the browser draws it: hidden and empty, or the title, the text and a cancel button. */
    private static Element row(String id, String className, @Nullable String title, String text, String cancelId,
            String cancelLabel) {
        var row = new Element("div");
        row.setAttribute("id", id);
        row.getClassList().add(className);
        row.getClassList().add("composer-bar-row");
        if (title == null) {
            row.setAttribute("hidden", "");
            return row;
        }
        var author = new Element("span");
        author.getClassList().add("reply-preview-author");
        author.setText(title);
        var content = new Element("span");
        content.getClassList().add("reply-preview-text");
        content.setText(text);
        var texts = new Element("div");
        texts.getClassList().add("reply-preview-texts");
        texts.appendChild(author, content);
        var cancel = new Element("vaadin-button");
        cancel.setAttribute("id", cancelId);
        cancel.setAttribute("theme", "tertiary small icon");
        cancel.setAttribute("aria-label", cancelLabel);
        cancel.setAttribute("title", cancelLabel);
        var icon = new Element("vaadin-icon");
        icon.setAttribute("icon", "vaadin:close-small");
        cancel.appendChild(icon);
        return row.appendChild(texts, cancel);
    }

    /** The row {@link #REPLY} or {@link #EDIT} as the browser draws it (for tests: what the person sees). */
    Element drawn(String id) {
        return id.equals(REPLY)
                ? row(REPLY, "reply-preview", replyingTo == null ? null : context.get().nameOf(replyingTo.senderId()),
                        replyingTo == null ? "" : replyingTo.content(), "reply-cancel", "Cancel reply")
                : row(EDIT, "edit-bar", editing == null ? null : "Edit message",
                        editing == null ? "" : editing.content(), "edit-cancel", "Cancel editing");
    }

    /**
     * A notice row below the reply and edit rows ({@code id}, also its class): hidden until {@link Notice#show}n,
     * then its text and one button ({@code buttonId}) that runs {@code action}.
     */
    Notice addNotice(String id, String text, String buttonId, String buttonText, Runnable action) {
        var notice = new Notice(id, text, buttonId, buttonText, action);
        notices.add(notice);
        changed();
        return notice;
    }

    /** A notice row of the bar (see {@link #addNotice}). */
    final class Notice {
        private final String id;
        private final String text;
        private final String buttonId;
        private final String buttonText;
        private final Runnable action;
        private boolean shown;

        private Notice(String id, String text, String buttonId, String buttonText, Runnable action) {
            this.id = id;
            this.text = text;
            this.buttonId = buttonId;
            this.buttonText = buttonText;
            this.action = action;
        }

        void show(boolean show) {
            if (show != shown) {
                shown = show;
                changed();
            }
        }

        boolean isShown() {
            return shown;
        }

        /** The row as the browser draws it (for tests: what the person sees). */
        Element drawn() {
            var row = new Element("div");
            row.setAttribute("id", id);
            row.getClassList().add(id);
            if (!shown) {
                row.setAttribute("hidden", "");
                return row;
            }
            var button = new Element("vaadin-button");
            button.setAttribute("id", buttonId);
            button.setAttribute("theme", "tertiary");
            button.appendChild(Element.createText(buttonText));
            return row.appendChild(new Element("span").setText(text), button);
        }
    }

    private void changed() {
        drawing.drawBeforeResponse(this, () -> {
            var batch = drawing.batch();
            batch.row(REPLY, drawn(REPLY));
            batch.row(EDIT, drawn(EDIT));
            notices.forEach(notice -> batch.row(notice.id, notice.drawn()));
            batch.send(null);
        });
    }

    /** A button of a row was clicked (in the browser). */
    @ClientCallable
    void buttonClicked(String buttonId) {
        if (buttonId.equals("reply-cancel")) {
            cancelReply();
        } else if (buttonId.equals("edit-cancel")) {
            cancelEdit();
        } else {
            notices.stream().filter(n -> n.shown && n.buttonId.equals(buttonId)).findFirst()
                    .ifPresent(n -> n.action.run());
        }
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
        changed();
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
            changed();
            composer.resetDelivery();
        }
    }

    void startEdit(ChatMessage message) {
        cancelReply();
        editing = message;
        changed();
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
            changed();
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
        drawing.install(); // the browser's element may be new: draw both rows again
        changed();
        getElement().executeJs("""
                const bar = this;
                if (bar.__cancelListener) return;
                bar.__cancelListener = e => {
                  const button = e.target.closest && e.target.closest('vaadin-button[id]');
                  if (button && bar.contains(button)) bar.$server.buttonClicked(button.id);
                };
                bar.addEventListener('click', bar.__cancelListener);""");
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
