package com.chatter.realtime;

import com.chatter.account.UserId;
import com.chatter.chat.ChatEvent;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessageChanged;
import com.chatter.chat.MessageDeleted;
import com.chatter.chat.MessageEdited;
import com.chatter.chat.MessageHiddenForMe;
import com.chatter.chat.MessagePosted;
import com.chatter.chat.MessagesDelivered;
import com.chatter.chat.MessageStarChanged;
import com.chatter.chat.ReactionsChanged;
import com.chatter.chat.MessagesRead;
import com.chatter.chat.TypingStarted;
import com.chatter.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open chat of one user on one instance, kept live by the relay exactly as the chat view keeps itself live:
 * the next message is appended, one already shown is ignored, a gap or a resync signal makes it read the missing
 * range from the database. It also records every raw event, so tests can check what the relay delivered.
 */
final class OpenChat implements AutoCloseable {

    private final Instance instance;
    private final String username;
    private final ConversationId conversation;
    private final UserId me;
    private final Subscription subscription;

    private final List<ChatEvent> received = new ArrayList<>();
    private final List<ChatMessage> shown = new ArrayList<>();
    private final AtomicInteger resyncs = new AtomicInteger();
    private final AtomicInteger catchUps = new AtomicInteger();
    private long otherReadSeq;
    private long otherDeliveredSeq;

    OpenChat(Instance instance, String username, ConversationId conversation) {
        this.instance = instance;
        this.username = username;
        this.conversation = conversation;
        this.me = instance.as(username, () -> instance.bean(CurrentUser.class).require());
        instance.as(username, () -> {
            synchronized (this) {
                shown.addAll(instance.chat().latestMessages(conversation, ChatService.MAX_PAGE_SIZE));
                otherReadSeq = instance.chat().getConversation(conversation).otherLastReadSeq();
            }
        });
        this.subscription = instance.as(username, () -> instance.events().subscribe(this::onEvent, this::onResync));
    }

    private synchronized void onEvent(ChatEvent event) {
        received.add(event);
        if (!event.conversationId().equals(conversation)) {
            return;
        }
        switch (event) {
            case MessagePosted posted -> show(posted.message());
            case MessagesRead read -> {
                if (!read.readerId().equals(me())) {
                    otherReadSeq = Math.max(otherReadSeq, read.lastReadSeq());
                }
            }
            case MessagesDelivered delivered -> {
                if (!delivered.recipientId().equals(me())) {
                    otherDeliveredSeq = Math.max(otherDeliveredSeq, delivered.lastDeliveredSeq());
                }
            }
            case TypingStarted typing -> {
            }
            case MessageChanged changed -> change(changed);
            default -> {
            }
        }
    }

    /** An edit, deletion or new reactions change the one message shown, in place (as the chat view does). */
    private void change(MessageChanged changed) {
        for (int i = 0; i < shown.size(); i++) {
            var message = shown.get(i);
            if (message.seq() == changed.seq()) {
                switch (changed) {
                    case MessageEdited edited -> shown.set(i, message.withEdit(edited.content(), edited.editedAt()));
                    case MessageDeleted deleted -> shown.set(i, message.asDeleted());
                    case ReactionsChanged reacted -> shown.set(i, message.withReactions(reacted.applyTo(message.reactions())));
                    case MessageHiddenForMe gone -> shown.remove(i);
                    case MessageStarChanged star -> shown.set(i, message.withStarred(star.starred()));
                }
                return;
            }
        }
    }

    private synchronized void onResync() {
        resyncs.incrementAndGet();
        instance.as(username, () -> {
            catchUp();
            otherReadSeq = Math.max(otherReadSeq,
                    instance.chat().getConversation(conversation).otherLastReadSeq());
        });
    }

    private void show(ChatMessage message) {
        long newest = newestSeq();
        if (message.seq() == newest + 1) {
            shown.add(message);
        } else if (message.seq() > newest + 1) {
            instance.as(username, this::catchUp);
        }
    }

    private void catchUp() {
        catchUps.incrementAndGet();
        List<ChatMessage> page;
        do {
            page = instance.chat().messagesAfter(conversation, newestSeq(), ChatService.MAX_PAGE_SIZE);
            shown.addAll(page);
        } while (page.size() == ChatService.MAX_PAGE_SIZE);
    }

    private long newestSeq() {
        return shown.isEmpty() ? 0 : shown.getLast().seq();
    }

    private UserId me() {
        return me;
    }

    /** The texts shown, in the order shown. */
    synchronized List<String> texts() {
        return shown.stream().map(ChatMessage::content).toList();
    }

    /** The messages shown, in the order shown (with their edits, deletions and reactions applied). */
    synchronized List<ChatMessage> messages() {
        return List.copyOf(shown);
    }

    /** The sequence numbers shown, in the order shown. */
    synchronized List<Long> seqs() {
        return shown.stream().map(ChatMessage::seq).toList();
    }

    /** Every event the relay delivered to this chat's subscription, in delivery order. */
    synchronized List<ChatEvent> received() {
        return List.copyOf(received);
    }

    synchronized <T extends ChatEvent> List<T> received(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The sequence numbers of the messages the relay delivered live, in delivery order (no catch-up). */
    synchronized List<Long> liveSeqs() {
        return received(MessagePosted.class).stream().map(p -> p.message().seq()).toList();
    }

    /** How far my messages have reached the other person's pages (live events only). */
    synchronized long otherDeliveredSeq() {
        return otherDeliveredSeq;
    }

    synchronized long otherReadSeq() {
        return otherReadSeq;
    }

    int resyncs() {
        return resyncs.get();
    }

    int catchUps() {
        return catchUps.get();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
