package com.chatter.chat.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.chatter.TestUsers;
import com.chatter.account.AccountService;
import com.chatter.chat.ChatService;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class ConversationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ChatService chat;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void withoutLoginItAnswers401AndNoRedirect() throws Exception {
        mvc.perform(get("/api/conversations"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void listsOnlyTheCallersConversationsNewestFirst() throws Exception {
        var ben = TestUsers.user(accounts, "ben18").id();
        var carol = TestUsers.user(accounts, "carol").id();
        var withBen = TestUsers.as(users, "amy18", () -> chat.openDirect(ben));
        var withCarol = TestUsers.as(users, "amy18", () -> chat.openDirect(carol));
        TestUsers.as(users, "amy18", () -> chat.send(withBen, UUID.randomUUID().toString(), "older"));
        TestUsers.as(users, "carol", () -> chat.send(withCarol, UUID.randomUUID().toString(), "<b>newest</b>"));
        // A conversation amy18 is not in:
        var strangers = TestUsers.as(users, "ben18", () -> chat.openDirect(carol));
        TestUsers.as(users, "ben18", () -> chat.send(strangers, UUID.randomUUID().toString(), "private"));

        mvc.perform(get("/api/conversations").with(user(users.loadUserByUsername("amy18"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(withCarol.value()))
                .andExpect(jsonPath("$[0].otherUsername").value("carol"))
                .andExpect(jsonPath("$[0].otherDisplayName").value("Carol Example"))
                .andExpect(jsonPath("$[0].lastMessage").value("<b>newest</b>"))
                .andExpect(jsonPath("$[0].lastMessageAt").isNotEmpty())
                .andExpect(jsonPath("$[0].unreadCount").value(1))
                .andExpect(jsonPath("$[1].id").value(withBen.value()))
                .andExpect(jsonPath("$[1].lastMessage").value("older"))
                .andExpect(jsonPath("$[1].unreadCount").value(0))
                .andExpect(jsonPath("$[*].lastMessage", Matchers.not(Matchers.hasItem("private"))));
    }
}
