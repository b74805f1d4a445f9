package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.chat.ConversationId;
import com.chatter.chat.MessageActions;
import com.vaadin.browserless.internal.MockVaadin;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class ChatListViewTest extends ChatViewTestSupport {

    @Autowired
    MessageActions actions;

    @Test
    @WithUserDetails("amy11")
    void listsConversationsNewestFirstWithPreviewAndUnreadBadge() {
        var withBen = conversation("ben11", me());
        var withCarol = conversation("carol", me());
        send("ben11", withBen, "older news");
        send("carol", withCarol, "line one\nline two");
        send("carol", withCarol, "see you");

        navigate(ChatHomeView.class);
        deliverLiveUpdates();

        assertThat(rowIds()).containsExactly(rowId(withCarol), rowId(withBen));
        assertThat(preview(withCarol)).isEqualTo("see you");
        assertThat(badge(withCarol)).isEqualTo("2");
        assertThat(badge(withBen)).isEqualTo("1");
    }

    @Test
    @WithUserDetails("amy12")
    void aNewMessageMovesItsChatToTheTopAndCountsLive() {
        var first = conversation("ben12", me());
        send("ben12", first, "hello");
        var second = conversation("alice", me());
        send("alice", second, "newer");
        navigate(ChatHomeView.class);
        deliverLiveUpdates();
        assertThat(rowIds()).containsExactly(rowId(second), rowId(first));

        send("ben12", first, "are you there?");
        deliverLiveUpdates();

        assertThat(rowIds()).containsExactly(rowId(first), rowId(second));
        assertThat(preview(first)).isEqualTo("are you there?");
        assertThat(badge(first)).isEqualTo("2");
    }

    @Test
    @WithUserDetails("amy13")
    void typingShowsInTheRowUntilTheMessageArrives() {
        var id = conversation("ben13", me());
        send("ben13", id, "hi");
        navigate(ChatHomeView.class);
        deliverLiveUpdates();

        typing("ben13", id);
        deliverLiveUpdates();
        assertThat(preview(id)).isEqualTo("typing…");

        send("ben13", id, "done typing");
        deliverLiveUpdates();
        assertThat(preview(id)).isEqualTo("done typing");
    }

    @Test
    @WithUserDetails("amy14")
    void openingTheChatClearsTheBadge() {
        var id = conversation("ben14", me());
        send("ben14", id, "one");
        send("ben14", id, "two");
        navigate(ChatHomeView.class);
        deliverLiveUpdates();
        assertThat(badge(id)).isEqualTo("2");

        openRoom(id);
        deliverLiveUpdates();

        assertThat(badge(id)).as("no badge once read").isNull();
    }

    @Test
    @WithUserDetails("amy15")
    void searchFiltersByName() {
        var withBen = conversation("ben15", me());
        var withCarol = conversation("carol", me());
        send("ben15", withBen, "x");
        send("carol", withCarol, "y");
        var home = navigate(ChatHomeView.class);
        var layout = (ChatLayout) home.getParent().orElseThrow().getParent().orElseThrow();

        test(layout.chatList.search).setValue("CAR");
        assertThat(rowIds()).containsExactly(rowId(withCarol));

        test(layout.chatList.search).setValue("nobody like this");
        assertThat(rowIds()).isEmpty();
        assertThat(drawnChatList().getTextRecursively()).contains("No chats match");
    }

    private static String rowId(ConversationId id) {
        return "chat-item-" + id.value();
    }

    private List<String> rowIds() {
        return drawnChatList().getChildren().filter(row -> row.getClassList().contains("chat-item"))
                .map(row -> row.getAttribute("id")).toList();
    }

    private String preview(ConversationId id) {
        var row = chatRow(id).orElseThrow();
        var previews = rowParts(row, "chat-item-preview");
        assertThat(previews).hasSize(1);
        return previews.getFirst().getText();
    }

    private String badge(ConversationId id) {
        var row = chatRow(id).orElseThrow();
        var badges = rowParts(row, "unread-badge");
        return badges.isEmpty() ? null : badges.getFirst().getText();
    }

    @Test
    @WithUserDetails("amy31")
    void liveEventsUpdateTheirRowFromTheEventWithoutReReadingTheList() {
        var first = conversation("ben31", me());
        send("ben31", first, "hello");
        var second = conversation("alice", me());
        send("alice", second, "newer");
        navigate(ChatHomeView.class);
        deliverLiveUpdates();
        var panel = $(ChatListPanel.class).single();
        int reads = panel.listReads();

        for (int i = 1; i <= 5; i++) {
            send("ben31", first, "burst " + i);
        }
        deliverLiveUpdates();
        assertThat(rowIds()).containsExactly(rowId(first), rowId(second));
        assertThat(preview(first)).isEqualTo("burst 5");
        assertThat(badge(first)).isEqualTo("6");

        markRead(me(), first);
        deliverLiveUpdates();
        assertThat(badge(first)).as("read in another tab").isNull();
        assertThat(panel.listReads()).as("no list query for events of rows already shown").isEqualTo(reads);
    }

    @Test
    @WithUserDetails("amy55")
    void deletingTheNewestMessageForMeShowsThePreviousOneInItsRowLive() {
        var id = conversation("ben55", me());
        send("ben55", id, "first");
        var second = send("ben55", id, "second");
        navigate(ChatHomeView.class);
        deliverLiveUpdates();
        assertThat(preview(id)).isEqualTo("second");

        actions.deleteForMe(second.id());
        deliverLiveUpdates();
        assertThat(preview(id)).isEqualTo("first");
        assertThat(badge(id)).isEqualTo("2");

        send("ben55", id, "third");
        deliverLiveUpdates();
        assertThat(preview(id)).isEqualTo("third");
        assertThat(badge(id)).as("as a fresh read counts").isEqualTo("3");
        navigate(ChatHomeView.class);
        assertThat(badge(id)).isEqualTo("3");
    }

    @Test
    @WithUserDetails("amy80")
    void aLiveMessageSendsOnlyItsOwnRowToTheBrowserAgain() {
        var withBen = conversation("ben80", me());
        var withAlice = conversation("alice", me());
        var withBob = conversation("bob", me());
        send("ben80", withBen, "one");
        send("alice", withAlice, "two");
        send("bob", withBob, "three");
        navigate(ChatHomeView.class);
        deliverLiveUpdates();
        assertThat(drawnRows()).as("the first drawing sends every row").containsExactlyInAnyOrder(
                rowKey(withBen), rowKey(withAlice), rowKey(withBob));

        send("alice", withAlice, "news");
        deliverLiveUpdates();

        assertThat(drawnRows()).as("rows sent again").containsExactly(rowKey(withAlice));
        assertThat(rowIds()).containsExactly(rowId(withAlice), rowId(withBob), rowId(withBen));
        assertThat(preview(withAlice)).isEqualTo("news");

        // Rows the search hides leave the browser; shown again, they are sent again (not named by key alone).
        var panel = $(ChatListPanel.class).single();
        test(panel.search).setValue("alice");
        MockVaadin.clientRoundtrip();
        assertThat(rowIds()).containsExactly(rowId(withAlice));
        drawnRows();
        test(panel.search).clear();
        MockVaadin.clientRoundtrip();
        assertThat(drawnRows()).containsExactlyInAnyOrder(rowKey(withBob), rowKey(withBen));
    }

    /** The rows whose trees went to the browser since the last call (the chat list's draw calls, in order). */
    private List<String> drawnRows() {
        var list = $(ChatListPanel.class).single().list.getElement().getNode();
        var keys = new java.util.ArrayList<String>();
        for (var pending : com.vaadin.flow.component.UI.getCurrent().getInternals()
                .dumpPendingJavaScriptInvocations()) {
            var invocation = pending.getInvocation();
            if (pending.getOwner() == list && invocation.getExpression().contains("__draw(")) {
                var trees = (tools.jackson.databind.JsonNode) invocation.getParameters().get(1);
                trees.propertyNames().forEach(keys::add);
            }
        }
        return keys;
    }

    private static String rowKey(ConversationId id) {
        return id.toString();
    }
}
