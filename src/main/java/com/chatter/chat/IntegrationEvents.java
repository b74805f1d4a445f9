package com.chatter.chat;

import com.chatter.account.AccountService;
import com.chatter.account.UserId;
import com.chatter.account.UserSummary;
import com.chatter.base.AfterCommitPublisher;
import com.chatter.extension.IntegrationEvent;
import com.chatter.extension.MessageDeletedEvent;
import com.chatter.extension.MessageEditedEvent;
import com.chatter.extension.MessagePostedEvent;
import com.chatter.extension.UserRef;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the chat's own events into the public {@link IntegrationEvent}s of the extension API, after commit, on the
 * event thread of {@link AfterCommitPublisher} (the sender's thread only queues them). Events of other kinds
 * (typing, read ticks) stay internal. Message actions (edit, delete) map their events here too.
 */
@Component
class IntegrationEvents {

    private static final int NAME_CACHE_SIZE = 10_000;

    private final AfterCommitPublisher publisher;
    private final AccountService accounts;
    /** Senders' names: accounts never change their username, and bots' names only on a restart. */
    private final Map<UserId, UserSummary> people = new ConcurrentHashMap<>();

    private final MessageRepository messages;
    private final java.time.Clock clock;

    IntegrationEvents(AfterCommitPublisher publisher, AccountService accounts, MessageRepository messages,
            java.time.Clock clock) {
        this.clock = clock;
        this.publisher = publisher;
        this.accounts = accounts;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(ChatRelay.Outgoing outgoing) {
        if (outgoing.event() instanceof MessagePosted || outgoing.event() instanceof MessageEdited
                || outgoing.event() instanceof MessageDeleted) {
            publisher.publishAfterCommit(() -> toPublic(outgoing));
        }
    }

    private @Nullable IntegrationEvent toPublic(ChatRelay.Outgoing outgoing) {
        return switch (outgoing.event()) {
            case MessagePosted posted -> {
                var message = posted.message();
                var sender = person(message.senderId());
                yield sender == null ? null : new MessagePostedEvent(message.id().value(),
                        message.conversationId().value(), message.seq(), sender, message.content(),
                        message.createdAt(), outgoing.recipients().stream().map(UserId::value)
                                .collect(Collectors.toUnmodifiableSet()));
            }
            // Only the author edits a message or deletes it for everyone (MessageActions checks it).
            case MessageEdited edited -> authorOf(edited.messageId())
                    .map(author -> new MessageEditedEvent(edited.messageId().value(), edited.conversationId().value(),
                            author, edited.content(), edited.editedAt()))
                    .orElse(null);
            case MessageDeleted deleted -> messages.findById(deleted.messageId().value())
                    .map(message -> new MessageDeletedEvent(deleted.messageId().value(),
                            deleted.conversationId().value(), message.senderId(), clock.instant()))
                    .orElse(null);
            default -> null;
        };
    }

    private java.util.Optional<Long> authorOf(MessageId id) {
        return messages.findById(id.value()).map(Message::senderId);
    }

    private @Nullable UserRef person(UserId id) {
        var known = people.get(id);
        if (known == null) {
            known = accounts.findById(id).orElse(null);
            if (known == null) {
                return null;
            }
            if (people.size() >= NAME_CACHE_SIZE) {
                people.clear();
            }
            people.put(id, known);
        }
        return ref(known);
    }

    static UserRef ref(UserSummary user) {
        return new UserRef(user.id().value(), user.username(), user.displayName(), user.bot());
    }
}
