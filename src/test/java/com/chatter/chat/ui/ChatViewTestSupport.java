package com.chatter.chat.ui;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationId;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import java.util.UUID;
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

    /** Runs what other sessions pushed to this UI (ui.access tasks), like a browser round trip. */
    void deliverLiveUpdates() {
        MockVaadin.clientRoundtrip();
    }

    ChatRoomView openRoom(ConversationId id) {
        return navigate("chat/" + id.value(), ChatRoomView.class);
    }
}
