package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * The one message menu of a room ({@code message-menu}), opened for the bubble whose menu button
 * ({@code message-menu-{id}}) was clicked, or which was right-clicked. One delegated listener on the message list
 * serves every bubble: bubbles stay plain elements without listeners. It also passes on clicks on quotes (go to the
 * original) and on reaction chips (who reacted).
 */
class MessageMenu extends Popup {

    /** What the menu's items and the bubbles' clickable parts do. */
    interface Handler {
        /** The message as stored now, or null (with a notification) when it is gone. */
        ChatMessage load(long messageId);

        boolean canEdit(ChatMessage message);

        void reply(ChatMessage message);

        void react(ChatMessage message, double x, double y);

        void edit(ChatMessage message);

        void delete(ChatMessage message);

        void forward(ChatMessage message);

        void toggleStar(ChatMessage message);

        void copy(ChatMessage message);

        void goToQuoted(long quotedMessageId);
    }

    // The items, made when the menu opens (null while it is closed).
    @Nullable Button reply;
    @Nullable Button react;
    @Nullable Button edit;
    @Nullable Button delete;
    @Nullable Button forward;
    @Nullable Button star;
    @Nullable Button copy;
    private final Handler handler;
    private final Element list;
    private ChatMessage message;
    private double x;
    private double y;

    MessageMenu(Element list, Handler handler) {
        super("message-menu", "menu");
        this.list = list;
        this.handler = handler;
        addClassName("message-menu");
        getElement().setAttribute("aria-label", "Message actions");
        onEscape(() -> {
            if (message != null) {
                list.executeJs("const b = document.getElementById($0); if (b) b.focus();",
                        "message-menu-" + message.id().value());
            }
        });
    }

    /** The message the menu is open for, or null. */
    ChatMessage message() {
        return isOpen() ? message : null;
    }

    @ClientCallable
    void openFor(long messageId, double x, double y) {
        var loaded = handler.load(messageId);
        if (loaded == null) {
            close();
            return;
        }
        this.message = loaded;
        this.x = x;
        this.y = y;
        boolean usable = !loaded.deleted();
        close();
        // Only the items this message offers are made (a deleted message offers Delete alone).
        if (usable) {
            reply = item("message-action-reply", "Reply", () -> act(handler::reply));
            react = item("message-action-react", "React", () -> act(m -> handler.react(m, this.x, this.y)));
            if (handler.canEdit(loaded)) {
                edit = item("message-action-edit", "Edit", () -> act(handler::edit));
            }
            forward = item("message-action-forward", "Forward", () -> act(handler::forward));
            star = item("message-action-star", loaded.starred() ? "Unstar" : "Star", () -> act(handler::toggleStar));
            copy = item("message-action-copy", "Copy", () -> act(handler::copy));
        }
        delete = item("message-action-delete", "Delete", () -> act(handler::delete));
        openAt(x, y);
    }

    @Override
    void close() {
        super.close();
        reply = null;
        react = null;
        edit = null;
        delete = null;
        forward = null;
        star = null;
        copy = null;
    }

    @ClientCallable
    void quoteClicked(long quotedMessageId) {
        handler.goToQuoted(quotedMessageId);
    }

    @ClientCallable
    void chipClicked(long messageId, double x, double y) {
        var loaded = handler.load(messageId);
        if (loaded != null && !loaded.deleted()) {
            close();
            handler.react(loaded, x, y);
        }
    }

    private void act(java.util.function.Consumer<ChatMessage> action) {
        close();
        if (message != null) {
            action.accept(message);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // One listener for all bubbles (event delegation); the menu button is a plain <button>, so Enter and Space
        // on it click it too (keyboard).
        getElement().executeJs("""
                const menu = this;
                const list = $0;
                if (list.__messageMenu) return;
                const idOf = el => Number(el.closest('.message').id.substring('message-'.length));
                list.__messageMenu = e => {
                  const button = e.target.closest('.message-menu-button');
                  if (button) {
                    const r = button.getBoundingClientRect();
                    menu.$server.openFor(idOf(button), r.left, r.bottom);
                    return;
                  }
                  const quote = e.target.closest('.message-quote');
                  if (quote) {
                    menu.$server.quoteClicked(Number(quote.dataset.quoteId));
                    return;
                  }
                  const chip = e.target.closest('.reaction-chip');
                  if (chip) {
                    const r = chip.getBoundingClientRect();
                    menu.$server.chipClicked(idOf(chip), r.left, r.bottom);
                  }
                };
                list.addEventListener('click', list.__messageMenu);
                list.addEventListener('keydown', e => {
                  const quote = e.key === 'Enter' && e.target.closest && e.target.closest('.message-quote');
                  if (quote) menu.$server.quoteClicked(Number(quote.dataset.quoteId));
                });
                list.addEventListener('contextmenu', e => {
                  const bubble = e.target.closest('.message');
                  if (!bubble) return;
                  e.preventDefault();
                  menu.$server.openFor(idOf(bubble), e.clientX, e.clientY);
                });""", list);
    }
}
