package com.chatter.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

/** Round avatars with the person's initials, each person always in the same colour. */
public final class Avatars {

    private Avatars() {
    }

    public static Avatar of(String username, String displayName) {
        var avatar = new Avatar(displayName);
        avatar.setColorIndex(colorIndex(username));
        avatar.addClassName("chat-avatar");
        return avatar;
    }

    /** The person's colour (0–6), the same for every avatar of theirs, drawn by the server or in the browser. */
    public static int colorIndex(String username) {
        return Math.floorMod(username.toLowerCase().hashCode(), 7);
    }
}
