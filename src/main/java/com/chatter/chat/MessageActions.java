package com.chatter.chat;

import com.chatter.account.UserId;
import com.chatter.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person can do with a message: reply, edit, delete (for me, for everyone), react, forward, star. Every
 * method acts for the current user: a message of a conversation they are not in is "not found"
 * ({@link MessageNotFoundException}); what they may not do is refused with a {@link MessageRejectedException}
 * saying why, and nothing changes. Each change is relayed after commit as a {@link MessageChanged} event (or a
 * {@link MessagePosted} for replies and forwarded copies).
 */
@Service
public class MessageActions {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final Duration DELETE_FOR_EVERYONE_WINDOW = Duration.ofDays(2);
    public static final int MAX_FORWARD_TARGETS = 5;

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final ChatService chat;
    private final MessageRepository messages;
    private final MessageViews views;
    private final MessageReactionRepository reactions;
    private final HiddenMessageRepository hidden;
    private final StarredMessageRepository stars;
    private final StarredListing starredListing;
    private final ConversationRepository conversations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageActions(ChatService chat, MessageRepository messages, MessageViews views,
            MessageReactionRepository reactions, HiddenMessageRepository hidden, StarredMessageRepository stars,
            StarredListing starredListing, ConversationRepository conversations, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.chat = chat;
        this.messages = messages;
        this.views = views;
        this.reactions = reactions;
        this.hidden = hidden;
        this.stars = stars;
        this.starredListing = starredListing;
        this.conversations = conversations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A message as the current user sees it (with quote, reactions and star). */
    @Transactional(readOnly = true)
    public ChatMessage message(MessageId id) {
        var me = currentUser.require();
        return views.of(visible(id, me), me);
    }

    /** The current user's newest message in the conversation that is not deleted, if any (↑ in the composer). */
    @Transactional(readOnly = true)
    public Optional<ChatMessage> lastOwnMessage(ConversationId id) {
        var me = currentUser.require();
        chat.requireMember(id, me);
        return messages.findLastOwn(id.value(), me.value(), Limit.of(1)).stream().findFirst()
                .map(m -> views.of(m, me));
    }

    /** Sends a reply quoting {@code replyTo}, which must be a message of the same conversation. */
    @Transactional
    public ChatMessage reply(ConversationId id, String clientMessageId, String content, MessageId replyTo) {
        var me = currentUser.require();
        chat.requireMember(id, me);
        Message original;
        try {
            original = visible(replyTo, me);
        } catch (MessageNotFoundException notMine) {
            throw new MessageRejectedException("You can only reply to a message of this chat");
        }
        if (original.conversationId() != id.value()) {
            throw new MessageRejectedException("You can only reply to a message of this chat");
        }
        if (original.deleted()) {
            throw new MessageRejectedException("This message was deleted: you can't reply to it");
        }
        return chat.post(id, clientMessageId, content, original, false);
    }

    /** Whether the current user may still edit this message (their own, not deleted, within 15 minutes). */
    public boolean canEdit(ChatMessage message) {
        return message.senderId().equals(currentUser.require()) && !message.deleted()
                && clock.instant().isBefore(message.createdAt().plus(EDIT_WINDOW));
    }

    /** Whether the current user may still delete this message for everyone (their own, within 2 days). */
    public boolean canDeleteForEveryone(ChatMessage message) {
        return message.senderId().equals(currentUser.require()) && !message.deleted()
                && clock.instant().isBefore(message.createdAt().plus(DELETE_FOR_EVERYONE_WINDOW));
    }

    /** Replaces the text of one of my messages (within {@link #EDIT_WINDOW}); it keeps its place. */
    @Transactional
    public ChatMessage edit(MessageId id, String content) {
        var me = currentUser.require();
        var message = visible(id, me);
        if (message.senderId() != me.value()) {
            throw new MessageRejectedException("You can only edit your own messages");
        }
        if (message.deleted()) {
            throw new MessageRejectedException("This message was deleted and can't be edited");
        }
        var now = clock.instant();
        if (!now.isBefore(message.createdAt().plus(EDIT_WINDOW))) {
            throw new MessageRejectedException("Messages can only be edited within 15 minutes of sending");
        }
        chat.checkMessage(content);
        if (!content.equals(message.content())) {
            message.edit(content, now);
            conversations.previewChanged(message.conversationId(), message.id(), content);
            publish(new MessageEdited(new ConversationId(message.conversationId()), id, message.seq(), content, now),
                    chat.requireMember(new ConversationId(message.conversationId()), me));
        }
        return views.of(message, me);
    }

    /** Deletes one of my messages for everyone (within 2 days): its text, reactions and stars are removed. */
    @Transactional
    public void deleteForEveryone(MessageId id) {
        var me = currentUser.require();
        var message = visible(id, me);
        if (message.senderId() != me.value()) {
            throw new MessageRejectedException("You can only delete your own messages for everyone");
        }
        if (message.deleted()) {
            throw new MessageRejectedException("This message was deleted already");
        }
        var now = clock.instant();
        if (!now.isBefore(message.createdAt().plus(DELETE_FOR_EVERYONE_WINDOW))) {
            throw new MessageRejectedException("Messages can only be deleted for everyone within 2 days of sending");
        }
        message.deleteForEveryone(now);
        messages.flush();
        conversations.previewChanged(message.conversationId(), message.id(), "");
        reactions.deleteByMessage(message.id());
        stars.deleteByMessage(message.id());
        var conversation = new ConversationId(message.conversationId());
        publish(new MessageDeleted(conversation, id, message.seq()), chat.requireMember(conversation, me));
    }

    /** Removes a message from my own history (any message of my chats); the others still see it. */
    @Transactional
    public void deleteForMe(MessageId id) {
        var me = currentUser.require();
        var message = member(id, me);
        if (hidden.existsById(new MemberMark(me.value(), message.id()))) {
            throw new MessageRejectedException("You have deleted this message already");
        }
        hidden.save(new HiddenMessage(me.value(), message.id(), clock.instant()));
        stars.deleteById(new MemberMark(me.value(), message.id()));
        publish(new MessageHiddenForMe(new ConversationId(message.conversationId()), id, message.seq(), me),
                Set.of(me));
    }

    /**
     * Reacts with one of the {@link Reaction#ALLOWED} emoji: one reaction per person, another emoji replaces mine,
     * the same one again takes it back. Returns the message's reactions afterwards.
     */
    @Transactional
    public List<Reaction> react(MessageId id, String emoji) {
        var me = currentUser.require();
        if (emoji == null || !Reaction.ALLOWED.contains(emoji)) {
            throw new MessageRejectedException("Pick one of the quick reactions: " + String.join(" ", Reaction.ALLOWED));
        }
        var message = visible(id, me);
        if (message.deleted()) {
            throw new MessageRejectedException("This message was deleted: you can't react to it");
        }
        var key = new MessageReaction.Key(message.id(), me.value());
        var mine = reactions.findById(key);
        var now = clock.instant();
        String mineNow = emoji;
        if (mine.isEmpty()) {
            reactions.save(new MessageReaction(message.id(), me.value(), emoji, now));
        } else if (mine.get().emoji().equals(emoji)) {
            reactions.delete(mine.get());
            mineNow = null;
        } else {
            mine.get().change(emoji, now);
        }
        reactions.flush();
        var conversation = new ConversationId(message.conversationId());
        publish(new ReactionsChanged(conversation, id, message.seq(), me, mineNow),
                chat.requireMember(conversation, me));
        return views.reactionsOf(message.id());
    }

    /**
     * Forwards a copy of a message to up to {@link #MAX_FORWARD_TARGETS} of my chats; each copy is marked
     * forwarded. The same {@code requestId} again (a double click, a retry) stores no second copy.
     */
    @Transactional
    public List<ChatMessage> forward(MessageId id, Collection<ConversationId> targets, String requestId) {
        var me = currentUser.require();
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new IllegalArgumentException("Invalid request id");
        }
        var message = visible(id, me);
        if (message.deleted()) {
            throw new MessageRejectedException("This message was deleted and can't be forwarded");
        }
        var ordered = new TreeSet<Long>();
        targets.forEach(t -> ordered.add(t.value()));
        if (ordered.isEmpty()) {
            throw new MessageRejectedException("Pick at least one chat to forward to");
        }
        if (ordered.size() > MAX_FORWARD_TARGETS) {
            throw new MessageRejectedException("Forward to at most " + MAX_FORWARD_TARGETS + " chats at once");
        }
        for (var target : ordered) {
            try {
                chat.requireMember(new ConversationId(target), me);
            } catch (ConversationNotFoundException notMine) {
                throw new MessageRejectedException("You can only forward to your own chats");
            }
        }
        var copies = new ArrayList<ChatMessage>();
        for (var target : ordered) { // in id order: the conversation rows are locked in one order, no deadlock
            copies.add(chat.post(new ConversationId(target), "fwd-" + requestId + "-" + target, message.content(),
                    null, true));
        }
        return copies;
    }

    /** Stars a message or takes the star back; true when that changed anything. */
    @Transactional
    public boolean setStarred(MessageId id, boolean starred) {
        var me = currentUser.require();
        var message = visible(id, me);
        var key = new MemberMark(me.value(), message.id());
        if (starred == stars.existsById(key)) {
            return false;
        }
        if (starred) {
            if (message.deleted()) {
                throw new MessageRejectedException("This message was deleted and can't be starred");
            }
            stars.save(new StarredMessage(me.value(), message.id(), clock.instant()));
        } else {
            stars.deleteById(key);
        }
        publish(new MessageStarChanged(new ConversationId(message.conversationId()), id, message.seq(), me, starred),
                Set.of(me));
        return true;
    }

    /** My starred messages, newest star first, those starred before {@code before} (keyset paging; null: first). */
    @Transactional(readOnly = true)
    public List<StarredEntry> starred(@Nullable Instant before, int limit) {
        return starredListing.page(currentUser.require(), before, limit);
    }

    /** A message of one of my conversations, hidden for me or not; else not found. */
    private Message member(MessageId id, UserId me) {
        var message = messages.findById(id.value()).orElseThrow(() -> new MessageNotFoundException(id));
        try {
            chat.requireMember(new ConversationId(message.conversationId()), me);
        } catch (ConversationNotFoundException notMine) {
            throw new MessageNotFoundException(id);
        }
        return message;
    }

    /** A message I can see: of one of my conversations and not deleted for me; else not found. */
    private Message visible(MessageId id, UserId me) {
        var message = member(id, me);
        if (hidden.existsById(new MemberMark(me.value(), message.id()))) {
            throw new MessageNotFoundException(id);
        }
        return message;
    }

    private void publish(ChatEvent event, Set<UserId> recipients) {
        events.publishEvent(new ChatRelay.Outgoing(event, recipients));
    }
}
