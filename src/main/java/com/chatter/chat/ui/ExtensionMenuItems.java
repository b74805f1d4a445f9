package com.chatter.chat.ui;

import com.chatter.extension.ChatRoomAction;
import com.chatter.extension.Reply;
import com.chatter.extension.RoomContext;
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

    private record Entry(ChatRoomAction action, RoomHeader.MenuEntry item) {
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
            var icon = action.icon();
            int colon = icon.indexOf(':');
            if (colon > 0 && colon < icon.length() - 1) { // "collection:name", e.g. vaadin:dice; else none
                item.setIcon(() -> icon(icon.substring(0, colon), icon.substring(colon + 1)));
            }
            entries.add(new Entry(action, item));
        }
    }

    /** The menu item of an action, by the action's id. */
    java.util.Optional<RoomHeader.MenuEntry> item(String actionId) {
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

    private static Icon icon(String collection, String name) {
        var icon = new Icon(collection, name);
        icon.addClassName("room-action-icon");
        return icon;
    }
}
