package com.chatter.chat;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import com.chatter.base.AfterCommitPublisher;
import com.chatter.base.TextRules;
import com.chatter.block.BlockService;
import com.chatter.extension.ConversationCreatedEvent;
import com.chatter.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversations and messages. Every method acts for the current user and checks that the user is a member of
 * the conversation it names; a conversation the user is not in is reported exactly like a missing one.
 */
@Service
public class ChatService {

    public static final int MAX_MESSAGE_LENGTH = 4096;
    public static final int MAX_PAGE_SIZE = 200;

    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;
    private final MessageRepository messages;
    private final MessageViews views;
    private final AccountService accounts;
    private final BlockService blocks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final SendLimiter sendLimiter;
    private final AfterCommitPublisher integrationEvents;
    private final Map<String, Long> lastTyping = new ConcurrentHashMap<>();
    private static final int MEMBER_CACHE_SIZE = 50_000;
    private final Map<Long, Set<UserId>> memberCache = new ConcurrentHashMap<>();

    ChatService(ConversationRepository conversations, ConversationMemberRepository members,
            MessageRepository messages, MessageViews views, AccountService accounts, BlockService blocks,
            CurrentUser currentUser, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            Clock clock, SendLimiter sendLimiter, AfterCommitPublisher integrationEvents) {
        this.integrationEvents = integrationEvents;
        this.conversations = conversations;
        this.members = members;
        this.messages = messages;
        this.views = views;
        this.accounts = accounts;
        this.blocks = blocks;
        this.currentUser = currentUser;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.sendLimiter = sendLimiter;
    }

    /** The current user's conversations, most recent activity first. */
    @Transactional(readOnly = true)
    public List<ConversationSummary> listConversations() {
        var me = currentUser.require();
        return views.withVisiblePreviews(summaries(conversations.listFor(me.value())), me);
    }

    /**
     * One row of the chat list, e.g. for a conversation whose first message just arrived.
     *
     * @throws ConversationNotFoundException when the current user is not a member
     */
    @Transactional(readOnly = true)
    public ConversationSummary conversationSummary(ConversationId id) {
        var me = currentUser.require();
        var rows = views.withVisiblePreviews(summaries(conversations.rowFor(me.value(), id.value())), me);
        if (rows.isEmpty()) {
            throw new ConversationNotFoundException(id);
        }
        return rows.getFirst();
    }

    private static List<ConversationSummary> summaries(List<ConversationRow> rows) {
        var result = new ArrayList<ConversationSummary>(rows.size());
        for (var row : rows) {
            var other = new UserSummary(new UserId(row.otherId()), row.otherUsername(), row.otherDisplayName(),
                    row.otherBot());
            var id = new ConversationId(row.conversationId());
            var last = row.lastMessageId() == null ? null
                    : new ChatMessage(new MessageId(row.lastMessageId()), id, row.lastSeq(),
                            new UserId(row.lastSenderId()), row.lastContent(), row.lastActivityAt());
            result.add(new ConversationSummary(id, other, last, row.lastActivityAt(),
                    Math.max(0, row.lastSeq() - row.myLastReadSeq()), row.otherLastReadSeq(),
                    row.otherLastDeliveredSeq(), row.state()));
        }
        return result;
    }

    /** The conversation with the given person: the existing one, or a new one. Never two for one pair. */
    public ConversationId openDirect(UserId otherId) {
        var me = currentUser.require();
        if (me.equals(otherId) || accounts.findById(otherId).isEmpty()) {
            throw new IllegalArgumentException("No such person to chat with");
        }
        var key = Conversation.directKey(me.value(), otherId.value());
        var existing = newTransaction.execute(tx -> conversations.findByDirectKey(key).map(Conversation::id));
        if (existing != null && existing.isPresent()) {
            return existing.get();
        }
        try {
            return newTransaction.execute(tx -> {
                var now = clock.instant();
                var conversation = conversations.saveAndFlush(
                        Conversation.direct(me.value(), otherId.value(), me.value(), now));
                var id = conversation.id();
                members.save(new ConversationMember(id.value(), me.value(), otherId.value(), now));
                members.save(new ConversationMember(id.value(), otherId.value(), me.value(), now));
                integrationEvents.publishAfterCommit(() -> new ConversationCreatedEvent(id.value(), me.value(),
                        java.util.Set.of(me.value(), otherId.value()), now));
                return id;
            });
        } catch (DataIntegrityViolationException createdConcurrently) {
            // The other person (or another tab) created it at the same moment: the unique key kept one.
            return newTransaction.execute(tx -> conversations.findByDirectKey(key).orElseThrow().id());
        }
    }

    /** The conversation as the current user sees it. */
    @Transactional(readOnly = true)
    public ConversationDetails getConversation(ConversationId id) {
        var me = currentUser.require();
        var all = requireMembers(id, me);
        var conversation = conversations.findById(id.value()).orElseThrow(() -> new ConversationNotFoundException(id));
        var mine = find(all, me, true);
        var theirs = find(all, me, false);
        var people = accounts.findAllById(List.of(me, new UserId(theirs.accountId())));
        return new ConversationDetails(id, people.get(me), people.get(new UserId(theirs.accountId())),
                conversation.lastSeq(), mine.lastReadSeq(), theirs.lastReadSeq(), theirs.lastDeliveredSeq(),
                mine.state());
    }

    /** The newest {@code limit} messages, oldest first. */
    @Transactional(readOnly = true)
    public List<ChatMessage> latestMessages(ConversationId id, int limit) {
        return messagesBefore(id, Long.MAX_VALUE, limit);
    }

    /** Up to {@code limit} messages just before sequence number {@code beforeSeq}, oldest first. */
    @Transactional(readOnly = true)
    public List<ChatMessage> messagesBefore(ConversationId id, long beforeSeq, int limit) {
        var me = currentUser.require();
        requireMember(id, me);
        var page = new ArrayList<>(views.of(messages.findBefore(id.value(), beforeSeq, me.value(),
                Limit.of(pageSize(limit))), me));
        Collections.reverse(page);
        return page;
    }

    /** Up to {@code limit} messages just after sequence number {@code afterSeq}, oldest first (catch-up). */
    @Transactional(readOnly = true)
    public List<ChatMessage> messagesAfter(ConversationId id, long afterSeq, int limit) {
        var me = currentUser.require();
        requireMember(id, me);
        return views.of(messages.findAfter(id.value(), afterSeq, me.value(), Limit.of(pageSize(limit))), me);
    }

    /**
     * Stores a message. Sending again with the same client message id (a double click, a retry) returns the
     * message stored the first time instead of storing it twice.
     *
     * @throws MessageRejectedException when the text is empty, too long or not storable, either person has
     *         blocked the other ({@link BlockService#CANT_MESSAGE}, nothing stored), or the user is sending too
     *         fast ({@link SendLimiter})
     */
    @Transactional
    public ChatMessage send(ConversationId id, String clientMessageId, String content) {
        return post(id, clientMessageId, content, null, false);
    }

    /** Stores a message as {@link #send} does, optionally replying to a message or as a forwarded copy. */
    ChatMessage post(ConversationId id, String clientMessageId, String content, @Nullable Message replyTo,
            boolean forwarded) {
        var me = currentUser.require();
        checkMessage(content);
        sendLimiter.check(me);
        if (clientMessageId == null || !CLIENT_MESSAGE_ID.matcher(clientMessageId).matches()) {
            throw new IllegalArgumentException("Invalid client message id");
        }
        var all = requireMember(id, me);
        if (blockedWithin(all, me)) {
            throw new MessageRejectedException(BlockService.CANT_MESSAGE);
        }
        var conversation = conversations.lockById(id.value()).orElseThrow(() -> new ConversationNotFoundException(id));
        var earlier = messages.findBySenderIdAndClientMessageId(me.value(), clientMessageId);
        if (earlier.isPresent()) {
            if (earlier.get().conversationId() != id.value()) {
                throw new IllegalArgumentException("Client message id already used in another conversation");
            }
            return views.of(earlier.get(), me);
        }
        var now = clock.instant();
        long seq = conversation.nextSeq(now);
        var stored = messages.save(new Message(id.value(), seq, me.value(), clientMessageId, content, now,
                replyTo == null ? null : replyTo.id(), forwarded));
        conversation.showLast(stored);
        var message = views.of(stored, me);
        // Writing a message means having read everything before it.
        members.advanceReadPosition(id.value(), me.value(), seq);
        // A sent message ends "typing": the next keystroke is news again (see TypingPolicy).
        lastTyping.remove(typingKey(id, me));
        events.publishEvent(new ChatRelay.Outgoing(new MessagePosted(message), all));
        return message;
    }

    /** Checks a message text without sending it. */
    public void checkMessage(String content) {
        if (content == null || content.isBlank()) {
            throw new MessageRejectedException("Type a message first");
        }
        if (!TextRules.hasContent(content)) {
            throw new MessageRejectedException("Type a message first: this one has nothing visible in it");
        }
        int length = TextRules.length(content);
        if (length > MAX_MESSAGE_LENGTH) {
            throw new MessageRejectedException("This message is too long: %,d characters, at most %,d allowed"
                    .formatted(length, MAX_MESSAGE_LENGTH));
        }
        if (!TextRules.isStorable(content)) {
            throw new MessageRejectedException("This message contains characters that can't be sent");
        }
    }

    /**
     * Marks the conversation read up to {@code seq} (clamped to the newest message) for the current user and tells
     * every member's open sessions. Reading never goes backwards.
     */
    @Transactional
    public void markRead(ConversationId id, long seq) {
        var me = currentUser.require();
        var all = requireMember(id, me);
        var conversation = conversations.findById(id.value()).orElseThrow(() -> new ConversationNotFoundException(id));
        long upTo = Math.min(seq, conversation.lastSeq());
        if (upTo > 0 && members.advanceReadPosition(id.value(), me.value(), upTo) > 0) {
            events.publishEvent(new ChatRelay.Outgoing(new MessagesRead(id, me, upTo), all));
        }
    }

    /**
     * Tells the other members that the current user is typing. Views call it on every keystroke: it relays at most
     * one event per {@link TypingPolicy#REPORT_INTERVAL} and conversation, and the first one after a send at once.
     * No transaction of its own: a throttled keystroke costs no database work.
     */
    public void typing(ConversationId id) {
        var me = currentUser.require();
        long now = clock.millis();
        long interval = TypingPolicy.REPORT_INTERVAL.toMillis();
        var key = typingKey(id, me);
        var previous = lastTyping.get(key);
        if (previous != null && now - previous < interval) {
            return; // throttled before any database work; nothing is revealed, the caller gets no answer either way
        }
        var all = requireMember(id, me);
        lastTyping.put(key, now);
        if (lastTyping.size() > 10_000) {
            lastTyping.values().removeIf(t -> now - t > interval);
        }
        var others = all.stream().filter(u -> !u.equals(me)).collect(Collectors.toSet());
        if (blockedWithin(all, me)) {
            return; // a blocked pair doesn't see each other typing
        }
        events.publishEvent(new ChatRelay.Outgoing(new TypingStarted(id, me), others));
    }

    /** True when {@code me} and another member have blocked one another (either way). */
    private boolean blockedWithin(Set<UserId> members, UserId me) {
        return members.stream().anyMatch(other -> blocks.blockedEitherWay(me, other));
    }

    private static String typingKey(ConversationId id, UserId user) {
        return id.value() + ":" + user.value();
    }

    /**
     * The members of the conversation, when {@code me} is one of them; else not found. Served from memory after the
     * first read: the members of a direct conversation are fixed when it is created, so a send, a typing event or a
     * read mark checks membership without a query.
     */
    Set<UserId> requireMember(ConversationId id, UserId me) {
        var cached = memberCache.get(id.value());
        if (cached == null) {
            var all = members.findByConversation(id.value());
            cached = all.stream().map(m -> new UserId(m.accountId())).collect(Collectors.toUnmodifiableSet());
            if (!cached.isEmpty()) {
                if (memberCache.size() >= MEMBER_CACHE_SIZE) {
                    memberCache.clear(); // bounded; refilled on demand
                }
                memberCache.put(id.value(), cached);
            }
        }
        if (!cached.contains(me)) {
            throw new ConversationNotFoundException(id);
        }
        return cached;
    }

    private List<ConversationMember> requireMembers(ConversationId id, UserId me) {
        var all = members.findByConversation(id.value());
        if (all.stream().noneMatch(m -> m.accountId() == me.value())) {
            throw new ConversationNotFoundException(id);
        }
        return all;
    }

    private static ConversationMember find(List<ConversationMember> all, UserId me, boolean mine) {
        return all.stream().filter(m -> (m.accountId() == me.value()) == mine).findFirst().orElseThrow();
    }


    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
    }
}
