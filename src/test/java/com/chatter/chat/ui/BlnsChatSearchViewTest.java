package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.Blns;
import com.chatter.TestUsers;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every line of the Big List of Naughty Strings typed into the chat search: the list filters (the row shows when
 * the text is part of the other person's name or username, and only then), the "no match" line repeats the query as
 * plain text, nothing fails. (In Chromium, with the HTML-like lines: {@code BlnsNamesIT}.)
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class BlnsChatSearchViewTest extends ChatViewTestSupport {

    @Test
    @WithUserDetails("amy68")
    void everyNaughtyStringAsAChatSearchFiltersAndShowsItAsText() {
        var id = conversation(me(), partner());
        send(partner(), id, "hi");
        navigate(ChatHomeView.class);
        var search = $(TextField.class).id("chat-search");
        var partner = TestUsers.user(accounts, partner());
        var failures = new ArrayList<String>();
        for (var line : Blns.lines()) {
            try {
                test(search).setValue(line);
                var query = line.strip().toLowerCase(Locale.ROOT);
                boolean expected = query.isEmpty() || partner.displayName().toLowerCase(Locale.ROOT).contains(query)
                        || partner.username().toLowerCase(Locale.ROOT).contains(query);
                boolean shown = chatRow(id).isPresent();
                if (shown != expected) {
                    failures.add((shown ? "shown for " : "hidden for ") + line);
                }
                if (!shown) {
                    var empty = rowParts(drawnChatList(), "chat-list-empty");
                    if (!empty.isEmpty() && !empty.getFirst().getTextRecursively().contains(line.strip())) {
                        failures.add("no-match text changed for " + line);
                    }
                }
            } catch (RuntimeException e) {
                failures.add("failed: " + line + " " + e);
            }
        }
        assertThat(failures).isEmpty();
    }
}
