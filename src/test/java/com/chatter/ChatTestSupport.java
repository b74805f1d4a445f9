package com.chatter;

import com.chatter.account.UserSummary;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.chatter.realtime.Broadcaster;
import com.chatter.realtime.Subscription;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the service tests that need a conversation: two new people in a direct chat ({@link #pair()}), sending as
 * one of them, and the live events a person's pages receive (subscriptions end after each test).
 */
public abstract class ChatTestSupport extends ServiceTestSupport {

    @Autowired
    protected ChatService chat;

    @Autowired
    protected Broadcaster broadcaster;

    protected final List<Subscription> subscriptions = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    /** Two people and their direct chat. */
    protected record Pair(UserSummary a, UserSummary b, ConversationId id) {
    }

    protected Pair pair() {
        var a = newUser("Ann");
        var b = newUser("Bob");
        return new Pair(a, b, as(a, () -> chat.openDirect(b.id())));
    }

    protected ChatMessage send(UserSummary user, ConversationId id, String text) {
        return as(user, () -> chat.send(id, UUID.randomUUID().toString(), text));
    }

    /** What the person's pages are told from now on (their user channel). */
    protected List<Serializable> eventsOf(UserSummary user) {
        var events = new CopyOnWriteArrayList<Serializable>();
        subscriptions.add(broadcaster.subscribe("user." + user.id().value(), events::add));
        return events;
    }
}
