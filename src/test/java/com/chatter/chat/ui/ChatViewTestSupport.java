package com.chatter.chat.ui;

import static org.awaitility.Awaitility.await;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.chatter.realtime.Broadcaster;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the chat view tests share: the people, and acting as one of them from "another browser". */
abstract class ChatViewTestSupport extends SpringBrowserlessTest {

    @Autowired
    ChatService chat;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Broadcaster broadcaster;

    /** The conversation between two people, opened by the first. */
    ConversationId conversation(String opener, String other) {
        var otherId = TestUsers.user(accounts, other).id();
        return TestUsers.as(userDetails, opener, () -> chat.openDirect(otherId));
    }

    ChatMessage send(String sender, ConversationId id, String text) {
        return TestUsers.as(userDetails, sender, () -> chat.send(id, UUID.randomUUID().toString(), text));
    }

    void markRead(String reader, ConversationId id) {
        TestUsers.as(userDetails, reader, () -> {
            chat.markRead(id, Long.MAX_VALUE);
            return null;
        });
    }

    void typing(String who, ConversationId id) {
        TestUsers.as(userDetails, who, () -> {
            chat.typing(id);
            return null;
        });
    }

    /** The logged-in person of the test (amyN) and the partner the test chats with (benN). */
    String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    String partner() {
        return me().replace("amy", "ben");
    }

    String partnerName() {
        return TestUsers.user(accounts, partner()).displayName();
    }

    /**
     * Waits until the relay has handed this user's UIs every event published so far (it delivers on its own
     * threads, in order per channel: a marker published now arrives after them), then runs what they queued
     * (ui.access tasks), like a browser round trip.
     */
    void deliverLiveUpdates() {
        var channel = "user." + TestUsers.user(accounts, me()).id().value();
        var marker = UUID.randomUUID().toString();
        var arrived = new AtomicBoolean();
        try (var probe = broadcaster.subscribe(channel, event -> arrived.compareAndSet(false, marker.equals(event)))) {
            broadcaster.publish(channel, marker);
            await().atMost(Duration.ofSeconds(10)).untilTrue(arrived);
        }
        MockVaadin.clientRoundtrip();
    }

    /** The chat list's rows as the browser draws them (they are no state nodes on the server). */
    com.vaadin.flow.dom.Element drawnChatList() {
        return $(ChatListPanel.class).single().drawn();
    }

    /** The chat list row of the conversation as the browser draws it, when the list shows it. */
    java.util.Optional<com.vaadin.flow.dom.Element> chatRow(ConversationId id) {
        var rowId = "chat-item-" + id.value();
        return drawnChatList().getChildren().filter(row -> rowId.equals(row.getAttribute("id"))).findFirst();
    }

    /** The parts of a chat list row with the class (they are plain elements, not components). */
    static java.util.List<com.vaadin.flow.dom.Element> rowParts(com.vaadin.flow.component.Component row,
            String className) {
        return rowParts(row.getElement(), className);
    }

    /** The parts of a drawn element (a chat list row) with the class. */
    static java.util.List<com.vaadin.flow.dom.Element> rowParts(com.vaadin.flow.dom.Element row, String className) {
        var found = new java.util.ArrayList<com.vaadin.flow.dom.Element>();
        row.getChildren().forEach(child -> collectParts(child, className, found));
        return found;
    }

    private static void collectParts(com.vaadin.flow.dom.Element element, String className,
            java.util.List<com.vaadin.flow.dom.Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getClassList().contains(className)) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collectParts(child, className, found));
    }

    ChatRoomView openRoom(ConversationId id) {
        return navigate("chat/" + id.value(), ChatRoomView.class);
    }
}
