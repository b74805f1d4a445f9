package com.chatter.chat;

import com.chatter.base.TextRules;
import com.chatter.security.CurrentUser;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the current user keeps their conversations in the chat list: pin (at most {@link #MAX_PINNED}), archive, mute,
 * mark unread, and the draft left in the composer. Each change is stored on the member's row and told to the
 * member's own tabs ({@link ChatStateChanged}); a conversation the user is not in is "not found".
 *
 * <p>Archived chats stay archived when new messages arrive, muted or not: WhatsApp's current behaviour (its "Keep
 * chats archived" setting, on by default since 2021).
 */
@Service
public class ChatListService {

    public static final int MAX_PINNED = 3;

    private final ConversationMemberRepository members;
    private final ChatService chat;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatListService(ConversationMemberRepository members, ChatService chat, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.chat = chat;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Pins or unpins the conversation.
     *
     * @throws IllegalStateException when pinning a fourth one ("You can only pin up to 3 chats")
     */
    @Transactional
    public ChatListState setPinned(ConversationId id, boolean pinned) {
        var me = currentUser.require().value();
        return change(id, state -> {
            if (pinned == state.pinned()) {
                return state;
            }
            if (pinned && members.countPinned(me) >= MAX_PINNED) {
                throw new IllegalStateException("You can only pin up to " + MAX_PINNED + " chats");
            }
            return new ChatListState(pinned ? clock.instant() : null, state.archived(), state.muted(),
                    state.markedUnread(), state.draft());
        });
    }

    /** Archives the conversation (out of the main list; archiving unpins, as WhatsApp) or brings it back. */
    @Transactional
    public ChatListState setArchived(ConversationId id, boolean archived) {
        return change(id, state -> new ChatListState(archived ? null : state.pinnedAt(), archived, state.muted(),
                state.markedUnread(), state.draft()));
    }

    @Transactional
    public ChatListState setMuted(ConversationId id, boolean muted) {
        return change(id, state -> new ChatListState(state.pinnedAt(), state.archived(), muted,
                state.markedUnread(), state.draft()));
    }

    /** Marks the conversation unread (or clears that); opening it, reading or sending clears it too. */
    @Transactional
    public ChatListState setMarkedUnread(ConversationId id, boolean markedUnread) {
        return change(id, state -> new ChatListState(state.pinnedAt(), state.archived(), state.muted(),
                markedUnread, state.draft()));
    }

    /**
     * Keeps the text left in the composer (blank: no draft).
     *
     * @throws MessageRejectedException when it is longer than a message may be
     */
    @Transactional
    public ChatListState saveDraft(ConversationId id, @Nullable String text) {
        String draft = text == null || !TextRules.hasContent(text) ? null : text;
        if (draft != null && (TextRules.length(draft) > ChatService.MAX_MESSAGE_LENGTH
                || !TextRules.isStorable(draft))) {
            throw new MessageRejectedException("This draft can't be kept: it is too long or not storable");
        }
        return change(id, state -> new ChatListState(state.pinnedAt(), state.archived(), state.muted(),
                state.markedUnread(), draft));
    }

    @Transactional(readOnly = true)
    public ChatListState state(ConversationId id) {
        var me = currentUser.require();
        chat.requireMember(id, me);
        return members.findMember(id.value(), me.value()).orElseThrow(() -> new ConversationNotFoundException(id))
                .state();
    }

    private ChatListState change(ConversationId id, UnaryOperator<ChatListState> change) {
        var me = currentUser.require();
        chat.requireMember(id, me);
        var member = members.findMember(id.value(), me.value())
                .orElseThrow(() -> new ConversationNotFoundException(id));
        var before = member.state();
        var after = change.apply(before);
        if (!after.equals(before)) {
            member.setState(after);
            events.publishEvent(new ChatRelay.Outgoing(new ChatStateChanged(id, me, after), java.util.Set.of(me)));
        }
        return after;
    }
}
