package com.chatter.chat.ui;

import com.chatter.account.UserId;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageId;
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
 * Draws one message bubble as a tree of detached {@link Element}s, which the browser builds ({@link ClientRows}):
 * the server keeps no node of it, only the message. The room has one shared menu and one delegated listener (see
 * {@link MessageMenu}). A changed message is drawn again.
 *
 * <pre>{@code
 * <div id="message-7" class="message mine" data-seq="12" data-status="read" [data-edited] [data-deleted] [data-starred]>
 *   [<div class="message-forwarded">Forwarded</div>]
 *   [<div id="message-quote" class="message-quote" data-quote-id="3">author, text</div>]
 *   <span class="message-text" dir="auto">text</span>
 *   <span class="message-meta message-time" data-time="14:05">[<span class="message-edited">edited</span>]</span>
 *   [<div class="reaction-chips"><button id="reaction-chip" class="reaction-chip" data-emoji="👍">👍 2</button></div>]
 *   <button id="message-menu-7" class="message-menu-button" aria-label="Message menu"></button>
 * </div>}</pre>
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

    /** @param status the ticks: "sent", "delivered" or "read" ({@link BubbleTicks}) */
    static Element create(ChatMessage message, String time, String status, Context context) {
        boolean mine = message.senderId().equals(context.me());
        boolean deleted = message.deleted();
        var bubble = new Element("div");
        bubble.setAttribute("id", "message-" + message.id().value());
        bubble.getClassList().add("message");
        bubble.getClassList().add(mine ? "mine" : "theirs");
        // data-seq is part of the QA contract (README): tests find the order and gaps by it.
        bubble.setAttribute("data-seq", Long.toString(message.seq()));
        bubble.setAttribute("data-status", status);
        if (message.forwarded()) {
            bubble.setAttribute("data-forwarded", "true");
            var forwarded = new Element("div");
            forwarded.getClassList().add("message-forwarded");
            forwarded.setText("Forwarded");
            bubble.appendChild(forwarded);
        }
        if (deleted) {
            bubble.setAttribute("data-deleted", "true");
        } else {
            if (message.edited()) {
                bubble.setAttribute("data-edited", "true");
            }
            if (message.starred()) {
                bubble.setAttribute("data-starred", "true");
            }
            if (message.quote() != null) {
                bubble.appendChild(quote(message.quote(), context));
            }
        }
        var text = new Element("span");
        text.getClassList().add("message-text");
        Bidi.isolated(text);
        if (deleted) {
            text.setText(DELETED_TEXT);
        } else {
            // The renderer chain (links, formatting, mentions) builds text nodes and elements: never parsed as HTML.
            context.render().accept(text, message.content());
        }
        var meta = new Element("span");
        meta.getClassList().add("message-meta");
        meta.getClassList().add("message-time");
        meta.setAttribute("data-time", time);
        if (message.edited() && !deleted) {
            var edited = new Element("span");
            edited.getClassList().add("message-edited");
            edited.setText("edited");
            meta.appendChild(edited);
        }
        bubble.appendChild(text, meta);
        if (!deleted && !message.reactions().isEmpty()) {
            bubble.appendChild(reactions(message.reactions(), context));
        }
        var menu = new Element("button");
        menu.setAttribute("id", "message-menu-" + message.id().value());
        menu.getClassList().add("message-menu-button");
        menu.setAttribute("type", "button");
        menu.setAttribute("aria-label", "Message menu");
        menu.setAttribute("aria-haspopup", "menu");
        bubble.appendChild(menu);
        return bubble;
    }

    /** This message after the message it quotes was edited ({@code content}) or deleted (null). */
    static ChatMessage quoteChanged(ChatMessage message, MessageId quotedId, @Nullable String content) {
        var quote = message.quote();
        if (quote == null || !quote.id().equals(quotedId) || quote.deleted()) {
            return message;
        }
        var changed = content == null
                ? new MessageQuote(quote.id(), quote.seq(), quote.senderId(), "", true)
                : new MessageQuote(quote.id(), quote.seq(), quote.senderId(), MessageQuote.excerpt(content), false);
        return new ChatMessage(message.id(), message.conversationId(), message.seq(), message.senderId(),
                message.content(), message.createdAt(), message.editedAt(), message.deleted(), message.forwarded(),
                changed, message.reactions(), message.starred());
    }

    /** The reaction chips: emoji and count; who reacted in the title (hover) and on click (see the menu). */
    private static Element reactions(List<Reaction> reactions, Context context) {
        var chips = new Element("div");
        chips.getClassList().add("reaction-chips");
        for (var reaction : reactions) {
            var chip = new Element("button");
            chip.setAttribute("type", "button");
            chip.setAttribute("id", "reaction-chip");
            chip.getClassList().add("reaction-chip");
            chip.setAttribute("data-emoji", reaction.emoji());
            chip.setAttribute("data-count", Integer.toString(reaction.count()));
            chip.getClassList().set("mine", reaction.by().contains(context.me()));
            var who = reaction.by().stream().map(context::nameOf).collect(Collectors.joining(", "));
            chip.setAttribute("title", who);
            chip.setAttribute("aria-label", reaction.emoji() + " " + reaction.count() + ": " + who);
            chip.setText(reaction.emoji() + (reaction.count() > 1 ? " " + reaction.count() : ""));
            chips.appendChild(chip);
        }
        return chips;
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
}
