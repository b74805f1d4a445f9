package com.chatter.chat.ui;

import com.chatter.chat.ConversationDetails;
import com.chatter.extension.Reply;
import com.chatter.extension.RoomContext;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One room's extensions: the command menu above the composer, the room actions in the header menu, and where their
 * replies go (a post through the composer, as if typed; an "only you can see this" bubble in this room).
 */
final class RoomExtensions {

    private static final Logger log = LoggerFactory.getLogger(RoomExtensions.class);

    private final ChatRoomView room;
    private final CommandRunner commands;
    final ExtensionMenuItems actions;
    private @Nullable RoomContext context;

    RoomExtensions(ChatExtensions extensions, ChatRoomView room) {
        this.room = room;
        this.commands = new CommandRunner(extensions.commands, () -> context, this::answer);
        this.actions = new ExtensionMenuItems(extensions.roomActions, room.header, () -> context, this::answer,
                room.composer::post);
        var menu = new CommandMenu(extensions.commands, room.composer);
        room.composer.extras.add(menu);
        room.composer.setBeforeSend(commands::beforeSend);
    }

    /** A conversation was opened in the room. */
    void show(ConversationDetails details) {
        context = new RoomContext(details.id().value(), ChatExtensions.ref(details.me()),
                ChatExtensions.ref(details.other()));
        actions.show(context);
    }

    /** Shows or posts what a command or an action answered; returns the text to post, if any. */
    private @Nullable String answer(Supplier<Reply> run, String what) {
        Reply reply;
        try {
            reply = run.get();
        } catch (RuntimeException failure) {
            log.warn("{} failed", what, failure);
            reply = Reply.onlyYou(what + " failed. Try again later.");
        }
        return switch (reply) {
            case Reply.Post post -> post.text();
            case Reply.OnlyYou onlyYou -> {
                room.messages.appendEphemeral(EphemeralBubble.of(onlyYou.text()));
                yield null;
            }
            case Reply.Nothing nothing -> null;
        };
    }

    /** What runs a command or an action and handles its reply. */
    interface Answer {
        @Nullable String answer(Supplier<Reply> run, String what);
    }

}
