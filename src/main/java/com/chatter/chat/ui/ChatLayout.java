package com.chatter.chat.ui;

import com.chatter.account.AccountService;
import com.chatter.base.ui.Announcer;
import com.chatter.base.ui.Avatars;
import com.chatter.base.ui.IconButton;
import com.chatter.base.ui.LiveUpdates;
import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ChatEvents;
import com.chatter.chat.ChatListService;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.DeliveryService;
import com.chatter.chat.MessagePosted;
import com.chatter.presence.PresenceService;
import com.chatter.search.MessageSearch;
import com.chatter.security.CurrentUser;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * WhatsApp Web's frame: the chat list on the left and the open conversation on the right on wide screens;
 * one of the two at a time on phones.
 */
@PermitAll
public class ChatLayout extends Div implements RouterLayout, AfterNavigationObserver {

    final ChatListPanel chatList;
    final IconButton newChat = new IconButton(VaadinIcon.PLUS, "New chat");
    final IconButton logout = new IconButton(VaadinIcon.SIGN_OUT, "Log out");
    final IconButton settings = new IconButton(VaadinIcon.COG, "Settings");
    final ThemeToggle theme = new ThemeToggle();
    final FrameAttention attention;
    final IconButton starred = new IconButton(VaadinIcon.STAR, "Starred messages");
    private final Div content = new Div();
    private final Announcer announcer = new Announcer();
    private @Nullable ChatSearchMessages messageResults;
    private final AccountService accounts;
    private final ChatService chat;
    private final CurrentUser currentUser;

    ChatLayout(ChatService chat, ChatEvents chatEvents, AccountService accounts, CurrentUser currentUser,
            UiScheduler scheduler, Clock clock, AuthenticationContext authenticationContext,
            PresenceService presence, DeliveryService delivery, ChatListService lists, MessageSearch messageSearch) {
        this.accounts = accounts;
        this.chat = chat;
        this.currentUser = currentUser;
        addClassName("app-shell");

        var me = currentUser.requireSummary();

        newChat.setId("new-chat-button");
        newChat.addThemeVariants(ButtonVariant.TERTIARY);
        newChat.addClickListener(e -> openNewChatDialog());

        settings.setId("settings-button");
        settings.addThemeVariants(ButtonVariant.TERTIARY);
        settings.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("settings")));

        logout.setId("logout-button");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.addClickListener(e -> authenticationContext.logout());

        var actions = new Div(starred, newChat, theme, settings, logout);
        actions.addClassName("sidebar-actions");
        var header = new Div(Avatars.of(me.username(), me.displayName()), identity(me.displayName()), actions);
        header.addClassName("sidebar-header");

        chatList = new ChatListPanel(chat, lists, currentUser, scheduler, clock);
        attention = new FrameAttention(presence, delivery, currentUser.require(), chatList::summary,
                () -> openRoom().map(ChatRoomView::conversationId).orElse(null));
        chatList.onChange(attention::listChanged);
        // Message search (issue 7): the chat list's search also finds messages, in a section below the chats that
        // is there while it has results.
        chatList.search.addValueChangeListener(e -> {
            if (messageResults != null) {
                messageResults.removeFromParent();
                messageResults = null;
            }
            var section = new ChatSearchMessages(messageSearch, clock, currentUser.require());
            if (section.search(e.getValue())) {
                chatList.add(section);
                messageResults = section;
            }
        });
        starred.setId("starred-button");
        starred.addThemeVariants(ButtonVariant.TERTIARY);
        starred.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StarredView.class)));
        var sidebar = new Div(header, chatList);
        sidebar.addClassName("sidebar");
        sidebar.getElement().setAttribute("role", "navigation");
        sidebar.getElement().setAttribute("aria-label", "Chats");

        content.addClassName("chat-pane");
        content.setId("chat-pane");
        content.getElement().setAttribute("role", "main");
        content.getElement().setAttribute("tabindex", "-1");
        add(skipLink(), sidebar, content, attention, announcer);
        // One live subscription per UI: each batch of events updates the chat list, then the open room (which may
        // mark it read, shown in the list at once), in one ui.access and one push.
        LiveUpdates.<ChatEvent>whileAttached(this, chatEvents::subscribe, this::apply, this::resync);
    }

    private void apply(List<ChatEvent> batch) {
        chatList.apply(batch);
        openRoom().ifPresent(room -> room.apply(batch));
        attention.applied(batch);
        announceIncoming(batch);
    }

    /** Each message from someone else is read out once, with who sent it (the lists themselves stay quiet). */
    private void announceIncoming(List<ChatEvent> batch) {
        var me = currentUser.require();
        var news = batch.stream()
                .filter(MessagePosted.class::isInstance).map(MessagePosted.class::cast)
                .map(MessagePosted::message)
                .filter(message -> !message.senderId().equals(me))
                .map(message -> "Message from " + chatList.nameOf(message.conversationId()) + ": "
                        + message.content())
                .toList();
        if (!news.isEmpty()) {
            announcer.announce(String.join(". ", news));
        }
    }

    /**
     * "Chats" and my name ({@code current-user}, bidi-isolated): text that never changes while the layout lives, so
     * one element with its markup (the name escaped), not two spans with their text nodes (four state nodes).
     */
    private static Html identity(String displayName) {
        return new Html("<div class=\"sidebar-identity\"><span class=\"sidebar-title\">Chats</span>"
                + "<span id=\"current-user\" class=\"sidebar-user-name\" dir=\"auto\">" + Entities.escape(displayName)
                + "</span></div>");
    }

    /** The first Tab stop: "Skip to conversation" moves focus past the chat list to the message box (or pane). */
    private static Html skipLink() {
        // Markup, not an Anchor: one state node for the link and its text.
        var skip = new Html("<a id=\"skip-link\" class=\"skip-link\" href=\"#chat-pane\">Skip to conversation</a>");
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const box = document.querySelector('#message-input textarea');
                  (box || document.getElementById('chat-pane')).focus();
                });""");
        return skip;
    }

    private void resync() {
        chatList.refreshSoon();
        openRoom().ifPresent(ChatRoomView::resync);
    }

    private Optional<ChatRoomView> openRoom() {
        return content.getChildren().filter(ChatRoomView.class::isInstance).map(ChatRoomView.class::cast)
                .findFirst();
    }

    @Override
    public void showRouterLayoutContent(HasElement target) {
        content.getElement().removeAllChildren();
        if (target != null) {
            content.getElement().appendChild(target.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        @Nullable ConversationId open = event.getRouteParameters().get(ChatRoomView.PARAMETER)
                .flatMap(ConversationId::parse).orElse(null);
        getElement().getClassList().set("chat-open", open != null
                || event.getLocation().getPath().startsWith("settings")
                || event.getLocation().getPath().startsWith("starred"));
        chatList.select(open);
    }

    void openNewChatDialog() {
        var dialog = new NewChatDialog(accounts, chat, currentUser.require(), id -> {
            chatList.refresh();
            getUI().ifPresent(ui -> ui.navigate(ChatRoomView.class,
                    new RouteParameters(ChatRoomView.PARAMETER, id.toString())));
        });
        dialog.open();
    }
}
