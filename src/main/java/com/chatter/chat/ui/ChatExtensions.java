package com.chatter.chat.ui;

import com.chatter.account.UserSummary;
import com.chatter.extension.ChatRoomAction;
import com.chatter.extension.SlashCommand;
import com.chatter.extension.UserRef;
import com.chatter.render.RenderChain;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The extension beans a chat room uses: slash commands (the "/" menu in the composer), room actions (the header
 * menu) and the message renderers (bubble text). One per application; each room gets its {@link RoomExtensions}.
 */
@Component
class ChatExtensions {

    final List<SlashCommand> commands;
    final List<ChatRoomAction> roomActions;
    final RenderChain renderers;

    ChatExtensions(List<SlashCommand> commands, List<ChatRoomAction> roomActions, RenderChain renderers) {
        this.commands = commands.stream().sorted(Comparator.comparing(SlashCommand::name)).toList();
        this.roomActions = List.copyOf(roomActions);
        this.renderers = renderers;
    }

    /** Connects a room's composer, header and message list to the extensions. */
    RoomExtensions install(ChatRoomView room) {
        room.messages.setTextRenderer(renderers::fill);
        return new RoomExtensions(this, room);
    }

    static UserRef ref(UserSummary user) {
        return new UserRef(user.id().value(), user.username(), user.displayName(), user.bot());
    }
}
