package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageQuote;
import com.chatter.chat.Reaction;
import com.vaadin.flow.dom.Element;
import java.util.List;
import com.chatter.base.ui.Bidi;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Draws one message bubble as plain {@link Element}s (no components, no listeners: the room has one shared menu
 * and one delegated listener, see {@link MessageMenu}) and changes it in place when the message changes.
 *
 * <pre>{@code
 * <div id="message-7" class="message mine" data-seq="12" data-status="read" [data-edited] [data-deleted]>
 *   [<div class="message-forwarded">Forwarded</div>]
 *   [<div id="message-quote" class="message-quote" data-quote-id="3">author, text</div>]
 *   <span class="message-text">text</span>
 *   <span class="message-meta message-time" data-time="14:05">[<span class="message-edited">edited</span>]</span>
 *   [<div class="reaction-chips"><button id="reaction-chip" class="reaction-chip" data-emoji="👍">👍 2</button></div>]
 *   <button id="message-menu-7" class="message-menu-button" aria-label="Message menu"></button>
 * </div>}</pre>
 * A plain message costs five state nodes; the extras exist only on messages that have them.
 */
final class MessageBubble {

    static final String DELETED_TEXT = "This message was deleted";

    /** What drawing needs besides the message: who I am, and the names of the people in the chat. */
    record Context(UserId me, Function<UserId, String> names, BiConsumer<Element, String> render) {

        String nameOf(UserId id) {
            return id.equals(me) ? "You" : names.apply(id);
        }
    }

    private MessageBubble() {
    }

    static Element create(ChatMessage message, String time, Context context) {
        boolean mine = message.senderId().equals(context.me());
        var text = new Element("span");
        text.getClassList().add("message-text");
        Bidi.isolated(text);
        // The renderer chain (links, formatting, mentions) builds text nodes and elements: never parsed as HTML.
        context.render().accept(text, message.content());
        var meta = new Element("span");
        meta.getClassList().add("message-meta");
        meta.getClassList().add("message-time");
        meta.setAttribute("data-time", time);
        var bubble = new Element("div");
        bubble.setAttribute("id", "message-" + message.id().value());
        bubble.getClassList().add("message");
        bubble.getClassList().add(mine ? "mine" : "theirs");
        // data-seq is part of the QA contract (README): tests find the order and gaps by it.
        bubble.setAttribute("data-seq", Long.toString(message.seq()));
        if (message.forwarded()) {
            bubble.setAttribute("data-forwarded", "true");
            var forwarded = new Element("div");
            forwarded.getClassList().add("message-forwarded");
            forwarded.setText("Forwarded");
            bubble.appendChild(forwarded);
        }
        if (message.quote() != null && !message.deleted()) {
            bubble.appendChild(quote(message.quote(), context));
        }
        bubble.appendChild(text, meta);
        var menu = new Element("button");
        menu.setAttribute("id", "message-menu-" + message.id().value());
        menu.getClassList().add("message-menu-button");
        menu.setAttribute("type", "button");
        menu.setAttribute("aria-label", "Message menu");
        menu.setAttribute("aria-haspopup", "menu");
        bubble.appendChild(menu);
        if (message.deleted()) {
            showDeleted(bubble);
        } else {
            if (message.edited()) {
                showEdited(bubble, message.content(), context.render());
            }
            showReactions(bubble, message.reactions(), context);
            setStarred(bubble, message.starred());
        }
        return bubble;
    }

    static long messageId(Element bubble) {
        return Long.parseLong(bubble.getAttribute("id").substring("message-".length()));
    }

    /** The new text and the "edited" mark; the bubble keeps its place. */
    static void showEdited(Element bubble, String content, BiConsumer<Element, String> render) {
        if (bubble.hasAttribute("data-deleted")) {
            return;
        }
        var text = child(bubble, "message-text");
        text.removeAllChildren();
        render.accept(text, content);
        bubble.setAttribute("data-edited", "true");
        var meta = child(bubble, "message-meta");
        if (meta.getChildCount() == 0) {
            var edited = new Element("span");
            edited.getClassList().add("message-edited");
            edited.setText("edited");
            meta.appendChild(edited);
        }
    }

    /** "This message was deleted": no text, quote, reactions, star or edit mark any more. */
    static void showDeleted(Element bubble) {
        bubble.setAttribute("data-deleted", "true");
        bubble.removeAttribute("data-edited");
        bubble.removeAttribute("data-starred");
        var text = child(bubble, "message-text");
        text.setText(DELETED_TEXT);
        child(bubble, "message-meta").removeAllChildren();
        for (var extra : List.of("message-quote", "reaction-chips")) {
            var element = find(bubble, extra);
            if (element != null) {
                bubble.removeChild(element);
            }
        }
    }

    /** A quote in this bubble of a message that was deleted shows that. */
    static void quotedMessageDeleted(Element bubble, long quotedId) {
        var quote = find(bubble, "message-quote");
        if (quote != null && Long.toString(quotedId).equals(quote.getAttribute("data-quote-id"))) {
            quote.setAttribute("data-deleted", "true");
            child(quote, "message-quote-text").setText(DELETED_TEXT);
        }
    }

    /** A quote in this bubble of a message that was edited shows the new text. */
    static void quotedMessageEdited(Element bubble, long quotedId, String content) {
        var quote = find(bubble, "message-quote");
        if (quote != null && Long.toString(quotedId).equals(quote.getAttribute("data-quote-id"))
                && !quote.hasAttribute("data-deleted")) {
            child(quote, "message-quote-text").setText(MessageQuote.excerpt(content));
        }
    }

    /** The reaction chips: emoji and count; who reacted in the title (hover) and on click (see the menu). */
    static void showReactions(Element bubble, List<Reaction> reactions, Context context) {
        var chips = find(bubble, "reaction-chips");
        if (reactions.isEmpty() || bubble.hasAttribute("data-deleted")) {
            if (chips != null) {
                bubble.removeChild(chips);
            }
            return;
        }
        if (chips == null) {
            chips = new Element("div");
            chips.getClassList().add("reaction-chips");
            bubble.insertChild(bubble.indexOfChild(child(bubble, "message-meta")) + 1, chips);
        }
        chips.removeAllChildren();
        for (var reaction : reactions) {
            var chip = new Element("button");
            chip.setAttribute("type", "button");
            chip.setAttribute("id", "reaction-chip");
            chip.getClassList().add("reaction-chip");
            chip.setAttribute("data-emoji", reaction.emoji());
            chip.setAttribute("data-count", Integer.toString(reaction.count()));
            chip.setAttribute("data-by", reaction.by().stream().map(u -> Long.toString(u.value()))
                    .collect(Collectors.joining(",")));
            chip.getClassList().set("mine", reaction.by().contains(context.me()));
            var who = reaction.by().stream().map(context::nameOf).collect(Collectors.joining(", "));
            chip.setAttribute("title", who);
            chip.setAttribute("aria-label", reaction.emoji() + " " + reaction.count() + ": " + who);
            chip.setText(reaction.emoji() + (reaction.count() > 1 ? " " + reaction.count() : ""));
            chips.appendChild(chip);
        }
    }

    /** The reactions the bubble shows (read back from its chips' data-emoji and data-by). */
    static List<Reaction> reactionsOf(Element bubble) {
        var chips = find(bubble, "reaction-chips");
        if (chips == null) {
            return List.of();
        }
        var reactions = new java.util.ArrayList<Reaction>();
        for (int i = 0; i < chips.getChildCount(); i++) {
            var chip = chips.getChild(i);
            var by = java.util.Arrays.stream(chip.getAttribute("data-by").split(",")).filter(t -> !t.isEmpty())
                    .map(t -> new UserId(Long.parseLong(t))).toList();
            reactions.add(new Reaction(chip.getAttribute("data-emoji"), by));
        }
        return reactions;
    }

    static void setStarred(Element bubble, boolean starred) {
        if (starred) {
            bubble.setAttribute("data-starred", "true");
        } else {
            bubble.removeAttribute("data-starred");
        }
    }

    private static Element quote(MessageQuote quote, Context context) {
        var author = new Element("span");
        author.getClassList().add("message-quote-author");
        author.setText(context.nameOf(quote.senderId()));
        var text = new Element("span");
        text.getClassList().add("message-quote-text");
        text.setText(quote.deleted() ? DELETED_TEXT : quote.text());
        var element = new Element("div");
        element.setAttribute("id", "message-quote");
        element.getClassList().add("message-quote");
        element.setAttribute("data-quote-id", Long.toString(quote.id().value()));
        element.setAttribute("data-quote-seq", Long.toString(quote.seq()));
        element.setAttribute("role", "button");
        element.setAttribute("tabindex", "0");
        element.setAttribute("title", "Show the original message");
        if (quote.deleted()) {
            element.setAttribute("data-deleted", "true");
        }
        element.appendChild(author, text);
        return element;
    }

    private static Element child(Element parent, String className) {
        var found = find(parent, className);
        if (found == null) {
            throw new IllegalStateException("No ." + className + " in " + parent.getAttribute("id"));
        }
        return found;
    }

    private static @Nullable Element find(Element parent, String className) {
        for (int i = 0; i < parent.getChildCount(); i++) {
            var child = parent.getChild(i);
            if (!child.isTextNode() && child.getClassList().contains(className)) {
                return child;
            }
        }
        return null;
    }
}
