package com.chatter.extension;

/**
 * An item of the chat room's header menu ({@code chat-header-menu}; the item's id is
 * {@code room-action-{id}}). It is shown in the rooms it says it is {@link #isVisible visible} in, and runs for the
 * current user when clicked; its {@link Reply} posts a message as them, answers only them, or does nothing.
 *
 * <pre>{@code
 * @Component
 * class WhoAmIAction implements ChatRoomAction {
 *     public String id() { return "who-am-i"; }
 *     public String label() { return "Who am I?"; }
 *     public String icon() { return "vaadin:user"; }
 *     public boolean isVisible(RoomContext room) { return !room.other().bot(); }
 *     public Reply run(RoomContext room) {
 *         return Reply.onlyYou("You are @" + room.me().username());
 *     }
 * }
 * }</pre>
 */
public interface ChatRoomAction {

    /** Stable id: lower-case letters, digits and dashes (the menu item gets {@code room-action-{id}}). */
    String id();

    /** The menu item's text. */
    String label();

    /** A Vaadin icon name such as {@code vaadin:bell} ({@code vaadin:} icon set); shown before the label. */
    default String icon() {
        return "vaadin:cog";
    }

    /** Whether the item is offered in this room; asked each time a room opens. */
    default boolean isVisible(RoomContext room) {
        return true;
    }

    /** Runs the action for the current user. Exceptions are logged and shown to them as a failure. */
    Reply run(RoomContext room);
}
