package com.chatter.chat.ui;

import com.chatter.chat.ChatListService;
import com.chatter.chat.ChatListState;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The chat list's row menu: pin, archive, mute, mark unread. One menu for the whole list, opened by a row's
 * {@code chat-menu-{id}} button next to it; its actions are buttons (Tab and Enter reach them, the first has the
 * focus, the arrow keys move between them), Esc or a click elsewhere closes it and gives the focus back to the
 * row's button (or, when the row left the list, e.g. archived, to the list's first row). The actions are made when
 * the menu opens and dropped when it closes.
 */
class ChatRowMenu extends Div {

    // The actions, made when the menu opens (null while it is closed).
    @Nullable Button pin;
    @Nullable Button archive;
    @Nullable Button mute;
    @Nullable Button markUnread;

    private final ChatListService lists;
    private final Function<ConversationId, ChatListState> stateOf;
    private final BiConsumer<ConversationId, ChatListState> applied;
    private @Nullable ConversationId open;
    private @Nullable ChatListState state;

    /**
     * @param stateOf the row's current state
     * @param applied shows a changed state at once (its event for the other tabs follows)
     */
    ChatRowMenu(ChatListService lists, Function<ConversationId, ChatListState> stateOf,
            BiConsumer<ConversationId, ChatListState> applied) {
        this.lists = lists;
        this.stateOf = stateOf;
        this.applied = applied;
        setId("chat-menu");
        addClassName("chat-row-menu");
        getElement().setAttribute("role", "menu");
        getElement().setAttribute("hidden", true);
    }

    private Button action(String id, String text, Function<ConversationId, ChatListState> action) {
        var button = new Button(text, e -> act(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.getElement().setAttribute("role", "menuitem");
        button.addClassName("chat-row-menu-item");
        add(button);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A click anywhere else closes the menu.
        getElement().executeJs("""
                const menu = this;
                if (menu.__outside) return;
                menu.__outside = e => {
                  if (!menu.hasAttribute('hidden') && !menu.contains(e.target)
                      && !(e.target.closest && e.target.closest('.chat-menu-button'))) {
                    menu.$server.close();
                  }
                };
                document.addEventListener('click', menu.__outside, true);
                menu.addEventListener('keydown', e => {
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    menu.$server.close();
                    return;
                  }
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
                  const items = [...menu.querySelectorAll('vaadin-button')].filter(b => !b.hidden);
                  const i = items.indexOf(document.activeElement);
                  const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1
                      : (i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
                  e.preventDefault();
                  if (items[next]) items[next].focus();
                });""");
    }

    /** Opens the menu for the conversation, next to its row's button. */
    void openFor(ConversationId id) {
        open = id;
        var state = stateOf.apply(id);
        this.state = state;
        removeAll();
        pin = action("chat-action-pin", state.pinned() ? "Unpin chat" : "Pin chat",
                chat -> lists.setPinned(chat, !state.pinned()));
        archive = action("chat-action-archive", state.archived() ? "Unarchive chat" : "Archive chat",
                chat -> lists.setArchived(chat, !state.archived()));
        mute = action("chat-action-mute", state.muted() ? "Unmute notifications" : "Mute notifications",
                chat -> lists.setMuted(chat, !state.muted()));
        markUnread = action("chat-action-mark-unread", state.markedUnread() ? "Mark as read" : "Mark as unread",
                chat -> lists.setMarkedUnread(chat, !state.markedUnread()));
        getElement().removeAttribute("hidden");
        getElement().executeJs("""
                const menu = this;
                const button = document.getElementById('chat-menu-' + $0);
                if (button) {
                  const r = button.getBoundingClientRect();
                  menu.style.top = Math.min(r.bottom, window.innerHeight - 200) + 'px';
                  menu.style.left = Math.max(8, r.right - 220) + 'px';
                }
                requestAnimationFrame(() => menu.querySelector('vaadin-button').focus());""", id.value());
    }

    @ClientCallable
    void close() {
        if (open == null) {
            return;
        }
        var id = open;
        open = null;
        getElement().setAttribute("hidden", true);
        removeAll();
        pin = null;
        archive = null;
        mute = null;
        markUnread = null;
        getElement().executeJs("""
                requestAnimationFrame(() => {
                  const b = document.getElementById('chat-menu-' + $0)
                      || document.querySelector('#archived-button:not([hidden])')
                      || document.querySelector('#chat-list .chat-item');
                  if (b) b.focus();
                });""", id.value());
    }

    boolean isOpen() {
        return open != null;
    }

    private void act(Function<ConversationId, ChatListState> action) {
        if (open == null || state == null) {
            return;
        }
        try {
            var id = open;
            applied.accept(id, action.apply(id));
        } catch (IllegalStateException refused) {
            Composer.showError(refused.getMessage());
        } catch (RuntimeException gone) {
            Composer.showError("This chat is no longer available.");
        }
        close();
    }
}
