package com.chatter.chat.ui;

import com.chatter.extension.ChatRoomAction;
import com.chatter.extension.Reply;
import com.chatter.extension.RoomContext;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.Icon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link ChatRoomAction} beans as items of the room header's menu ({@code room-action-{id}}). */
final class ExtensionMenuItems {

    private static final Logger log = LoggerFactory.getLogger(ExtensionMenuItems.class);

    private record Entry(ChatRoomAction action, MenuItem item) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final RoomHeader header;

    ExtensionMenuItems(List<ChatRoomAction> actions, RoomHeader header, Supplier<@Nullable RoomContext> room,
            RoomExtensions.Answer answer, Consumer<String> post) {
        this.header = header;
        for (var action : actions) {
            var item = header.addMenuItem("room-action-" + action.id(), action.label(), () -> {
                var context = room.get();
                if (context != null) {
                    var text = answer.answer(() -> action.run(context), action.label());
                    if (text != null) {
                        post.accept(text);
                    }
                }
            });
            var icon = icon(action.icon());
            if (icon != null) {
                item.addComponentAsFirst(icon);
            }
            entries.add(new Entry(action, item));
        }
    }

    /** The menu item of an action, by the action's id. */
    java.util.Optional<MenuItem> item(String actionId) {
        return entries.stream().filter(e -> e.action().id().equals(actionId)).map(Entry::item).findFirst();
    }

    /** Offers each action in the room that it is visible in. */
    void show(RoomContext room) {
        for (var entry : entries) {
            boolean visible;
            try {
                visible = entry.action().isVisible(room);
            } catch (RuntimeException failure) {
                log.warn("Room action {} failed to say where it is visible", entry.action().id(), failure);
                visible = false;
            }
            entry.item().setVisible(visible);
        }
        if (!entries.isEmpty()) {
            header.refreshMenuButton();
        }
    }

    private static @Nullable Icon icon(String name) {
        int colon = name.indexOf(':');
        if (colon <= 0 || colon == name.length() - 1) {
            return null;
        }
        var icon = new Icon(name.substring(0, colon), name.substring(colon + 1));
        icon.addClassName("room-action-icon");
        return icon;
    }
}
