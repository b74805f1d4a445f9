package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.base.ui.NotFoundView;
import com.chatter.chat.ChatService;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class ChatRoomViewTest extends ChatViewTestSupport {

    @Test
    @WithUserDetails("amy1")
    void opensWithTheOtherPersonAndTheHistoryInOrder() {
        var id = conversation(me(), partner());
        send(partner(), id, "Hi Alice");
        send(me(), id, "Hi Bob!\nHow are you?");

        var room = openRoom(id);

        assertThat(room.name.getText()).isEqualTo(partnerName());
        assertThat(room.status.getText()).isEqualTo("@" + partner());
        assertThat(texts()).containsExactly("Hi Alice", "Hi Bob!\nHow are you?");
        assertThat($(Div.class).withClassName("day-separator").first().getElement().getTextRecursively())
                .isEqualTo("Today");
    }

    @Test
    @WithUserDetails("amy2")
    void sendingShowsTheMessageAndClearsTheInput() {
        var id = conversation(me(), partner());
        var room = openRoom(id);

        test(room.input).setValue("first");
        test(room.send).click();
        test(room.input).setValue("second");
        test(room.send).click();

        assertThat(texts()).containsExactly("first", "second");
        assertThat(room.input.getValue()).isEmpty();
        var mine = $(Div.class).withClassName("message", "mine").all();
        assertThat(mine).allSatisfy(b -> assertThat(b.getElement().getAttribute("data-status")).isEqualTo("sent"));
    }

    @Test
    @WithUserDetails("amy3")
    void emptyMessagesAreNotSentAndTooLongOnesKeepTheirText() {
        var id = conversation(me(), partner());
        var room = openRoom(id);

        test(room.input).setValue("   \n  ");
        test(room.send).click();
        assertThat(texts()).isEmpty();

        var tooLong = "a".repeat(ChatService.MAX_MESSAGE_LENGTH + 1);
        test(room.input).setValue(tooLong);
        test(room.send).click();

        assertThat(texts()).isEmpty();
        assertThat(room.input.isInvalid()).isTrue();
        assertThat(room.input.getErrorMessage()).contains("too long").contains("4,096");
        assertThat(room.input.getValue()).isEqualTo(tooLong);
    }

    @Test
    @WithUserDetails("amy4")
    void aDoubleClickSendsOnce() {
        var id = conversation(me(), partner());
        var room = openRoom(id);

        test(room.input).setValue("only once");
        test(room.send).click();
        test(room.send).click();

        assertThat(texts()).containsExactly("only once");
        assertThat(chat.latestMessages(id, 10)).hasSize(1);
    }

    @Test
    @WithUserDetails("amy5")
    void theOtherPersonsMessagesTypingAndReadingArriveLive() {
        var id = conversation(me(), partner());
        var room = openRoom(id);
        test(room.input).setValue("are you there?");
        test(room.send).click();

        typing(partner(), id);
        deliverLiveUpdates();
        assertThat(room.status.getText()).isEqualTo("typing…");

        markRead(partner(), id);
        send(partner(), id, "yes!");
        deliverLiveUpdates();

        assertThat(texts()).containsExactly("are you there?", "yes!");
        assertThat(room.status.getText()).as("typing ends when the message arrives").isEqualTo("@" + partner());
        var mine = $(Div.class).withClassName("message", "mine").single();
        assertThat(mine.getElement().getAttribute("data-status")).isEqualTo("read");
    }

    @Test
    @WithUserDetails("amy6")
    void openingTheChatMarksTheOtherPersonsMessagesRead() {
        var id = conversation(partner(), me());
        send(partner(), id, "one");
        send(partner(), id, "two");
        assertThat(unreadForAlice()).isEqualTo(2);

        openRoom(id);

        assertThat(unreadForAlice()).isZero();
    }

    @Test
    @WithUserDetails("amy7")
    void olderMessagesLoadInPagesWithoutGapsOrDuplicates() {
        var id = conversation(me(), partner());
        for (int i = 1; i <= 120; i++) {
            send(i % 2 == 0 ? me() : partner(), id, "message " + i);
        }
        var room = openRoom(id);
        assertThat(texts()).hasSize(ChatRoomView.PAGE_SIZE).last().isEqualTo("message 120");
        assertThat(room.messages.loadOlder.isVisible()).isTrue();

        test(room.messages.loadOlder).click();
        test(room.messages.loadOlder).click();

        var expected = java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(i -> "message " + i).toList();
        assertThat(texts()).containsExactlyElementsOf(expected);
        assertThat(room.messages.loadOlder.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("amy8")
    void htmlIsShownAsText() {
        var id = conversation(me(), partner());
        send(partner(), id, "<img src=x onerror=alert(1)>");
        openRoom(id);
        var text = $(com.vaadin.flow.component.html.Span.class).withClassName("message-text").single();
        assertThat(text.getElement().getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(text.getChildren()).as("no element was created from the text").isEmpty();
    }

    @Test
    @WithUserDetails("carol")
    void aStrangerSeesNotFound() {
        var id = conversation("alice", "bob");
        navigate("chat/" + id.value(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("amy9")
    void anUnknownOrMalformedIdIsNotFound() {
        navigate("chat/999999", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("chat/abc", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private long unreadForAlice() {
        return chat.listConversations().getFirst().unreadCount();
    }

    private List<String> texts() {
        return $(com.vaadin.flow.component.html.Span.class).withClassName("message-text").all().stream()
                .map(s -> s.getElement().getText()).toList();
    }
}
