package com.chatter.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

/** Round avatars with the person's initials, each person always in the same colour. */
public final class Avatars {

    private Avatars() {
    }

    public static Avatar of(String username, String displayName) {
        var avatar = new Avatar(displayName);
        avatar.setColorIndex(Math.floorMod(username.toLowerCase().hashCode(), 7));
        avatar.addClassName("chat-avatar");
        return avatar;
    }
}
