package com.chatter.extension;

/**
 * The open chat room a {@link ChatRoomAction} is shown in or run for.
 *
 * <pre>{@code
 * boolean withBot = room.other().bot();
 * }</pre>
 *
 * @param conversationId the conversation
 * @param me the person looking at the room (the current user)
 * @param other the other member
 */
public record RoomContext(long conversationId, UserRef me, UserRef other) {
}
