package com.chatter.chat.ui;

import com.chatter.base.ui.IconButton;
import com.chatter.base.ui.ClientTimeZone;
import com.chatter.base.ui.TimeLabels;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationDetails;
import com.chatter.chat.ConversationNotFoundException;
import com.chatter.chat.MessageActions;
import com.chatter.chat.MessageChanged;
import com.chatter.chat.MessageDeleted;
import com.chatter.chat.MessageEdited;
import com.chatter.chat.MessageHiddenForMe;
import com.chatter.chat.MessageId;
import com.chatter.chat.MessageNotFoundException;
import com.chatter.chat.MessageRejectedException;
import com.chatter.chat.MessageStarChanged;
import com.chatter.chat.ReactionsChanged;
import com.chatter.search.MessageSearch;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Message actions in one room: the shared message menu and reaction picker, the reply/edit bar of the composer,
 * the delete and forward dialogs, the room's search, going to a message in context (quotes, search results,
 * starred messages, {@code ?message=ID}), and live changes applied to the one bubble they concern.
 */
class RoomActions implements MessageMenu.Handler {

    final MessageMenu menu;
    final ReactionPicker picker;
    final ComposerBar bar;
    final RoomSearch search;
    final IconButton searchButton = new IconButton(VaadinIcon.SEARCH, "Search messages");
    private final ChatRoomView room;
    private final MessageList messages;
    private final ChatService chat;
    private final MessageActions actions;
    private final Clock clock;
    private final MessageJump jump;
    private @Nullable ConversationDetails details;

    RoomActions(ChatRoomView room, ChatService chat, MessageActions actions, MessageSearch messageSearch, Clock clock,
            Runnable loadOlder) {
        this.room = room;
        this.messages = room.messages;
        this.chat = chat;
        this.actions = actions;
        this.clock = clock;
        this.jump = new MessageJump(messages, loadOlder);
        menu = new MessageMenu(messages.getElement(), this);
        picker = new ReactionPicker(this::pick);
        bar = new ComposerBar(room.composer, actions, messages::bubbleContext,
                edited -> showEdited(edited.seq(), edited.id(), edited.content()), this::editLast);
        search = new RoomSearch(messageSearch, () -> details == null ? 0L : details.id().value(), this::labels,
                hit -> details != null && hit.senderId().equals(details.me().id()) ? "You" : hit.chatName(),
                hit -> goTo(new MessageId(hit.messageId())));
        searchButton.setId("chat-search-button");
        searchButton.addThemeVariants(ButtonVariant.TERTIARY);
        searchButton.getElement().setAttribute("title", "Search");
        searchButton.addClickListener(e -> search.toggle());
        room.header.addAction(searchButton);
        room.header.addMenuItem("menu-starred", "Starred messages",
                () -> room.getUI().ifPresent(ui -> ui.navigate(StarredView.class)));
        room.composer.extras.add(bar);
        room.addComponentAtIndex(1, search);
        room.add(menu, picker);
    }

    /** A conversation is being opened (before its bubbles are drawn): names for quotes, nothing half-done. */
    void opening(ConversationDetails opened) {
        this.details = opened;
        var other = opened.other();
        messages.setNames(id -> id.equals(other.id()) ? other.displayName() : "");
        bar.reset();
        menu.close();
        picker.close();
        search.close();
    }

    /** After opening: {@code ?message=ID} shows that message in context. */
    void opened(QueryParameters query) {
        query.getSingleParameter(MessageJump.MESSAGE_PARAMETER).flatMap(RoomActions::parseId).ifPresent(this::goTo);
    }

    // ---- live changes: one bubble changes ----

    void apply(MessageChanged changed) {
        switch (changed) {
            case MessageEdited edited -> showEdited(edited.seq(), edited.messageId(), edited.content());
            case MessageDeleted deleted -> showDeleted(deleted.seq(), deleted.messageId());
            case ReactionsChanged reacted -> messages.showReactions(reacted.seq(), reacted.messageId(),
                    reacted::applyTo);
            case MessageHiddenForMe hidden -> {
                messages.remove(hidden.seq());
                forget(hidden.messageId());
            }
            case MessageStarChanged star ->
                    messages.showStarred(star.seq(), star.messageId(), star.starred());
        }
    }

    /** An edited message: its bubble and the quotes of it in replies show the new text. */
    private void showEdited(long seq, MessageId id, String content) {
        messages.showEdited(seq, id, content);
    }

    /** A message deleted for everyone: its bubble and the quotes of it say so. */
    private void showDeleted(long seq, MessageId id) {
        messages.showDeleted(seq, id);
        forget(id);
    }

    /** A message that is gone can't stay in the reply bar, the edit bar or the open menu. */
    private void forget(MessageId id) {
        if (bar.replyingTo() != null && bar.replyingTo().id().equals(id)) {
            bar.cancelReply();
        }
        if (bar.editing() != null && bar.editing().id().equals(id)) {
            bar.cancelEdit();
        }
        if (menu.message() != null && menu.message().id().equals(id)) {
            menu.close();
        }
    }

    // ---- the menu's actions ----

    @Override
    public @Nullable ChatMessage load(long messageId) {
        try {
            return actions.message(new MessageId(messageId));
        } catch (MessageNotFoundException gone) {
            Composer.showError("This message is no longer available.");
            return null;
        }
    }

    @Override
    public boolean canEdit(ChatMessage message) {
        return actions.canEdit(message);
    }

    @Override
    public void reply(ChatMessage message) {
        bar.startReply(message);
    }

    @Override
    public void react(ChatMessage message, double x, double y) {
        picker.open(message, messages.bubbleContext(), x, y);
    }

    private void pick(ChatMessage message, String emoji) {
        run(() -> {
            var reactions = actions.react(message.id(), emoji);
            messages.showReactions(message.seq(), message.id(), before -> reactions);
        });
    }

    @Override
    public void edit(ChatMessage message) {
        if (actions.canEdit(message)) {
            bar.startEdit(message);
        } else {
            Composer.showError("Messages can only be edited within 15 minutes of sending.");
        }
    }

    /** ↑ in an empty composer: my last message, if it can still be edited. */
    private void editLast() {
        if (details == null) {
            return;
        }
        actions.lastOwnMessage(details.id()).filter(actions::canEdit).ifPresent(bar::startEdit);
    }

    @Override
    public void delete(ChatMessage message) {
        var dialog = new DeleteDialog(message, actions.canDeleteForEveryone(message),
                () -> run(() -> {
                    actions.deleteForMe(message.id());
                    messages.remove(message.seq());
                    forget(message.id());
                }),
                () -> run(() -> {
                    actions.deleteForEveryone(message.id());
                    showDeleted(message.seq(), message.id());
                }));
        dialog.open();
    }

    @Override
    public void forward(ChatMessage message) {
        List<com.chatter.chat.ConversationSummary> chats = chat.listConversations();
        var dialog = new ForwardDialog[1];
        dialog[0] = new ForwardDialog(message, chats, (targets, requestId) -> {
            try {
                actions.forward(message.id(), targets, requestId);
                dialog[0].close();
                Notification.show(targets.size() == 1 ? "Message forwarded" : "Forwarded to " + targets.size()
                        + " chats", 2500, Notification.Position.BOTTOM_CENTER);
            } catch (MessageRejectedException | MessageNotFoundException | ConversationNotFoundException refused) {
                Composer.showError(refused.getMessage());
                dialog[0].failed();
            }
        });
        dialog[0].open();
    }

    @Override
    public void toggleStar(ChatMessage message) {
        run(() -> {
            boolean starred = !message.starred();
            actions.setStarred(message.id(), starred);
            messages.showStarred(message.seq(), message.id(), starred);
            Notification.show(starred ? "Message starred" : "Star removed", 2000, Notification.Position.BOTTOM_CENTER);
        });
    }

    @Override
    public void copy(ChatMessage message) {
        room.getElement().executeJs("""
                const text = $0;
                const fallback = () => {
                  const area = document.createElement('textarea');
                  area.value = text; document.body.appendChild(area); area.select();
                  try { document.execCommand('copy'); } finally { area.remove(); }
                };
                if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).catch(fallback);
                else fallback();""", message.content());
        Notification.show("Message copied", 2000, Notification.Position.BOTTOM_CENTER);
    }

    @Override
    public void goToQuoted(long quotedMessageId) {
        goTo(new MessageId(quotedMessageId));
    }

    /**
     * Shows a message in context: in this chat, older pages load until it is there, then it scrolls into view and
     * is highlighted; a message of another chat opens that chat at the message.
     */
    void goTo(MessageId id) {
        ChatMessage target;
        try {
            target = actions.message(id);
        } catch (MessageNotFoundException gone) {
            Composer.showError("This message is no longer available.");
            return;
        }
        if (details == null || !target.conversationId().equals(details.id())) {
            room.getUI().ifPresent(ui -> MessageJump.openInChat(ui, target.conversationId().value(), id.value()));
            return;
        }
        if (!jump.reveal(target)) {
            Composer.showError("This message is too far back to show here.");
        }
    }

    /** Runs a service call; a refusal is shown, not thrown. */
    private void run(Runnable action) {
        try {
            action.run();
        } catch (MessageRejectedException | MessageNotFoundException refused) {
            Composer.showError(refused.getMessage());
        }
    }

    private TimeLabels labels() {
        ZoneId zone = room.getUI().map(ClientTimeZone::of).orElse(ZoneId.systemDefault());
        return new TimeLabels(zone, clock.instant());
    }

    private static java.util.Optional<MessageId> parseId(String text) {
        try {
            return java.util.Optional.of(new MessageId(Long.parseLong(text)));
        } catch (NumberFormatException bad) {
            return java.util.Optional.empty();
        }
    }
}
