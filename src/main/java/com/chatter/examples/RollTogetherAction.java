package com.chatter.examples;

import com.chatter.extension.ChatRoomAction;
import com.chatter.extension.Reply;
import com.chatter.extension.RoomContext;
import java.util.concurrent.ThreadLocalRandom;

/** A room action: rolls a die and posts the result for both people. Not offered in chats with bots. */
class RollTogetherAction implements ChatRoomAction {

    @Override
    public String id() {
        return "roll-together";
    }

    @Override
    public String label() {
        return "Roll a die for both";
    }

    @Override
    public String icon() {
        return "vaadin:random";
    }

    @Override
    public boolean isVisible(RoomContext room) {
        return !room.other().bot();
    }

    @Override
    public Reply run(RoomContext room) {
        int rolled = ThreadLocalRandom.current().nextInt(1, 7);
        return Reply.post("🎲 " + room.me().displayName() + " rolled " + rolled + " for both of us");
    }
}
