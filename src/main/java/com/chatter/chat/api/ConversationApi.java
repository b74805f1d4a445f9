package com.chatter.chat.api;

import com.chatter.chat.ChatService;
import com.chatter.chat.ConversationSummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the chat. Answers 401 without a login (see the security configuration). */
@RestController
@RequestMapping("/api")
class ConversationApi {

    /** One conversation of the logged-in user. */
    record ConversationJson(long id, String otherUsername, String otherDisplayName, @Nullable String lastMessage,
            @Nullable Instant lastMessageAt, long unreadCount) {

        static ConversationJson of(ConversationSummary s) {
            var last = s.lastMessage();
            return new ConversationJson(s.id().value(), s.other().username(), s.other().displayName(),
                    last == null ? null : last.content(), last == null ? null : last.createdAt(), s.unreadCount());
        }
    }

    private final ChatService chat;

    ConversationApi(ChatService chat) {
        this.chat = chat;
    }

    /** The logged-in user's conversations, newest activity first. */
    @GetMapping("/conversations")
    List<ConversationJson> conversations() {
        return chat.listConversations().stream().map(ConversationJson::of).toList();
    }
}
