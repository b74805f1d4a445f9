package com.chatter.chat.ui;

import com.chatter.base.ui.IconButton;
import com.chatter.base.ui.UiScheduler;
import com.chatter.chat.ConversationDetails;
import com.chatter.chat.TypingPolicy;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The room's header: back arrow (phones), the other person's avatar and name, a status line ("typing…" wins over
 * whatever else it shows), header buttons ({@link #addAction}) and the header menu ({@link #addMenuItem}).
 *
 * <p>The menu's items are entries ({@link MenuEntry}) until the menu opens: its {@code MenuItem}s are made then,
 * in the round trip that opens it (the menu asks the server before it opens), so a room that never opens its menu
 * keeps no component for them.
 */
class RoomHeader extends Div {

    final IconButton back = new IconButton(VaadinIcon.ARROW_LEFT, "Back to chats");
    final Span name = new Span();
    final Span status = new Span();
    final IconButton menuButton = new IconButton(VaadinIcon.ELLIPSIS_DOTS_V, "Chat menu");
    /** The other person's avatar: a plain element, drawn again for each conversation. */
    private final Element avatar = new Element("vaadin-avatar");
    private final Div actions = new Div();
    private final ContextMenu menu = new ContextMenu() {
        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            buildMenu();
            return true;
        }
    };
    private final List<MenuEntry> entries = new ArrayList<>();
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
        back.addClickListener(e -> onBack.run());

        name.addClassName("chat-header-name");
        name.setId("chat-name");
        name.getElement().setAttribute("dir", "auto");
        status.setId("chat-status");
        status.addClassName("chat-status");
        var titles = new Div(name, status);
        titles.addClassName("chat-header-titles");

        actions.addClassName("chat-header-actions");
        menuButton.setId("chat-header-menu");
        menuButton.addThemeVariants(ButtonVariant.TERTIARY);
        menuButton.getElement().setAttribute("title", "Menu");
        menuButton.setVisible(false); // until a feature adds an item
        menu.setTarget(menuButton);
        menu.setOpenOnClick(true);
        actions.add(menuButton);

        add(back);
        getElement().appendChild(avatar);
        add(titles, actions);
    }

    /** Shows the conversation's other person; the status line falls back to their username. */
    void show(ConversationDetails details) {
        clearTyping();
        BotBadges.avatar(avatar, details.other());
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

    /** An item of the header menu, with a stable id for tests; shown when the menu opens. */
    MenuEntry addMenuItem(String id, String label, Runnable action) {
        var entry = new MenuEntry(id, label, action);
        entries.add(entry);
        menuButton.setVisible(true);
        return entry;
    }

    /** Shows the menu button when the menu has a visible item (features hide items per conversation). */
    void refreshMenuButton() {
        menuButton.setVisible(entries.stream().anyMatch(MenuEntry::isVisible));
    }

    /** The items as the menu shows them when it opens (made now, as opening does): for tests. */
    MenuItem menuItem(String id) {
        buildMenu();
        return entries.stream().filter(e -> e.id.equals(id) && e.built != null).map(e -> e.built).findFirst()
                .orElseThrow(() -> new IllegalStateException("no visible menu item " + id));
    }

    private void buildMenu() {
        menu.removeAll();
        for (var entry : entries) {
            entry.built = null;
            if (!entry.visible) {
                continue;
            }
            var item = menu.addItem(entry.text, e -> entry.action.run());
            item.setId(entry.id);
            if (entry.icon != null) {
                item.addComponentAsFirst(entry.icon.get());
            }
            entry.built = item;
        }
    }

    /** An item of the header menu: its id, text, visibility and action; a {@code MenuItem} while the menu shows. */
    static final class MenuEntry {
        private final String id;
        private final Runnable action;
        private String text;
        private boolean visible = true;
        private @Nullable Supplier<Component> icon;
        private @Nullable MenuItem built;

        private MenuEntry(String id, String text, Runnable action) {
            this.id = id;
            this.text = text;
            this.action = action;
        }

        Optional<String> getId() {
            return Optional.of(id);
        }

        String getText() {
            return text;
        }

        void setText(String text) {
            this.text = text;
            if (built != null) {
                built.setText(text);
            }
        }

        boolean isVisible() {
            return visible;
        }

        /** Takes effect when the menu next opens. */
        void setVisible(boolean visible) {
            this.visible = visible;
        }

        /** An icon before the text, made with the item. */
        void setIcon(Supplier<Component> icon) {
            this.icon = icon;
        }
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
