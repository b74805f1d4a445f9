package com.chatter.chat.ui;

import com.chatter.account.UserSummary;
import com.chatter.base.ui.Avatars;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.dom.Element;

/** How a bot's account looks: its avatar says {@code data-bot="true"} and a "bot" badge follows its name. */
final class BotBadges {

    static final String BADGE_CLASS = "bot-badge";

    private BotBadges() {
    }

    /** The person's avatar; a bot's carries {@code data-bot="true"}. */
    static Avatar avatar(UserSummary user) {
        var avatar = Avatars.of(user.username(), user.displayName());
        if (user.bot()) {
            avatar.getElement().setAttribute("data-bot", "true");
        }
        return avatar;
    }

    /**
     * The same avatar as a plain {@code vaadin-avatar} element, no component: drawn into {@code avatar}, or drawn
     * again there for another person.
     */
    static Element avatar(Element avatar, UserSummary user) {
        avatar.setAttribute("name", user.displayName());
        avatar.setAttribute("color-index", Integer.toString(Avatars.colorIndex(user.username())));
        avatar.getClassList().add("chat-avatar");
        if (user.bot()) {
            avatar.setAttribute("data-bot", "true");
        } else {
            avatar.removeAttribute("data-bot");
        }
        return avatar;
    }

    /** Puts a "bot" badge right after {@code name} (in the same parent) for a bot, and takes it away otherwise. */
    static void afterName(Component name, boolean bot) {
        afterName(name.getElement(), bot);
    }

    /** As {@link #afterName(Component, boolean)}, for a name that is a plain element. */
    static void afterName(Element element, boolean bot) {
        var parent = element.getParent();
        if (parent == null) {
            return;
        }
        int index = parent.indexOfChild(element);
        var following = index + 1 < parent.getChildCount() ? parent.getChild(index + 1) : null;
        boolean shown = following != null && following.getClassList().contains(BADGE_CLASS);
        if (bot && !shown) {
            parent.insertChild(index + 1, badge());
        } else if (!bot && shown) {
            parent.removeChild(following);
        }
    }

    static Element badge() {
        var badge = new Element("span");
        badge.getClassList().add(BADGE_CLASS);
        badge.setAttribute("title", "Bot: answers automatically");
        badge.setText("bot");
        return badge;
    }
}
