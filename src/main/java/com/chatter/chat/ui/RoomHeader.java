package com.chatter.chat.ui;

import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ConversationDetails;
import com.chatter.chat.TypingPolicy;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The room's header: back arrow (phones), the other person's avatar and name, a status line ("typing…" wins over
 * whatever else it shows), header buttons ({@link #addAction}) and the header menu ({@link #addMenuItem}).
 */
class RoomHeader extends Div {

    final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    final Span name = new Span();
    final Span status = new Span();
    final Button menuButton = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
    private final Div avatarHolder = new Div();
    private final Div actions = new Div();
    private final ContextMenu menu = new ContextMenu();
    private final UiScheduler scheduler;

    private String statusText = "";
    private @Nullable Registration typingTimer;

    RoomHeader(UiScheduler scheduler, Runnable onBack) {
        this.scheduler = scheduler;
        setId("chat-header");
        addClassName("chat-header");

        back.setId("back-button");
        back.addClassName("back-button");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setAriaLabel("Back to chats");
        back.addClickListener(e -> onBack.run());

        name.addClassName("chat-header-name");
        name.setId("chat-name");
        name.getElement().setAttribute("dir", "auto");
        status.setId("chat-status");
        status.addClassName("chat-status");
        avatarHolder.addClassName("chat-header-avatar");
        var titles = new Div(name, status);
        titles.addClassName("chat-header-titles");

        actions.addClassName("chat-header-actions");
        menuButton.setId("chat-header-menu");
        menuButton.addThemeVariants(ButtonVariant.TERTIARY);
        menuButton.setAriaLabel("Chat menu");
        menuButton.getElement().setAttribute("title", "Menu");
        menuButton.setVisible(false); // until a feature adds an item
        menu.setTarget(menuButton);
        menu.setOpenOnClick(true);
        actions.add(menuButton);

        add(back, avatarHolder, titles, actions);
    }

    /** Shows the conversation's other person; the status line falls back to their username. */
    void show(ConversationDetails details) {
        clearTyping();
        avatarHolder.removeAll();
        avatarHolder.add(BotBadges.avatar(details.other()));
        name.setText(details.other().displayName());
        BotBadges.afterName(name, details.other().bot());
        setStatusText("@" + details.other().username());
    }

    /** What the status line shows when nobody is typing (e.g. the username, or presence). */
    void setStatusText(String text) {
        statusText = text;
        if (typingTimer == null) {
            status.setText(text);
        }
    }

    /** A header button before the menu (e.g. search). */
    void addAction(Component action) {
        actions.addComponentAtIndex(actions.getComponentCount() - 1, action);
    }

    /** An item of the header menu, with a stable id for tests. */
    MenuItem addMenuItem(String id, String label, Runnable action) {
        var item = menu.addItem(label, e -> action.run());
        item.setId(id);
        menuButton.setVisible(true);
        return item;
    }

    /** Shows the menu button when the menu has a visible item (features hide items per conversation). */
    void refreshMenuButton() {
        menuButton.setVisible(menu.getItems().stream().anyMatch(item -> item.isVisible()));
    }

    void showTyping() {
        status.setText("typing…");
        status.addClassName("typing");
        if (typingTimer != null) {
            typingTimer.remove();
        }
        getUI().ifPresent(ui -> typingTimer = scheduler.later(ui, TypingPolicy.SHOWN_FOR, this::clearTyping));
    }

    void clearTyping() {
        if (typingTimer != null) {
            typingTimer.remove();
            typingTimer = null;
        }
        status.removeClassName("typing");
        status.setText(statusText);
    }
}
