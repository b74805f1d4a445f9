package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.base.ui.NotFoundView;
import com.chatter.chat.ChatService;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
        assertThat(elements("day-separator").getFirst().getTextRecursively()).isEqualTo("Today");
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
        var mine = elements("mine");
        assertThat(mine).hasSize(2).allSatisfy(b -> assertThat(b.getAttribute("data-status")).isEqualTo("sent"));
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
        var mine = elements("mine");
        assertThat(mine).singleElement().satisfies(b -> assertThat(b.getAttribute("data-status")).isEqualTo("read"));
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
        assertThat(room.messages.olderAvailable()).isTrue();

        room.messages.loadOlder(); // the browser's click on the button
        room.messages.loadOlder(); // the browser's click on the button

        var expected = java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(i -> "message " + i).toList();
        assertThat(texts()).containsExactlyElementsOf(expected);
        assertThat(room.messages.olderAvailable()).isFalse();
    }

    @Test
    @WithUserDetails("amy10")
    void anOpenRoomKeepsTheNewestWindowWhileMessagesArriveAndOlderOnesLoadAgain() {
        var id = conversation(me(), partner());
        for (int i = 1; i <= 60; i++) {
            send(i % 2 == 0 ? me() : partner(), id, "message " + i);
        }
        var room = openRoom(id);
        assertThat(texts()).hasSize(MessageList.WINDOW).last().isEqualTo("message 60");

        for (int i = 61; i <= 1_060; i++) {
            send(i % 2 == 0 ? me() : partner(), id, "message " + i);
            if (i % 100 == 0) {
                deliverLiveUpdates();
            }
        }
        deliverLiveUpdates();

        assertThat(texts()).as("the newest window, in order")
                .containsExactlyElementsOf(messages(1_060 - MessageList.WINDOW + 1, 1_060));
        assertThat(elements("day-separator")).as("one separator, above the first bubble").hasSize(1);
        assertThat(room.messages.olderAvailable()).isTrue();

        room.messages.loadOlder(); // the browser's click on the button
        room.messages.loadOlder(); // the browser's click on the button
        assertThat(texts()).as("older pages come back in order, without duplicates")
                .containsExactlyElementsOf(messages(1_060 - 3 * MessageList.WINDOW + 1, 1_060));
        assertThat(ids()).doesNotHaveDuplicates().isSorted();
        assertThat(elements("day-separator")).hasSize(1);

        room.messages.bottomChanged(true);
        send(partner(), id, "message 1061");
        deliverLiveUpdates();
        assertThat(texts()).as("back at the bottom, the next message brings the window back")
                .containsExactlyElementsOf(messages(1_061 - MessageList.WINDOW + 1, 1_061));
    }

    private static List<String> messages(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "message " + i).toList();
    }

    @Test
    @WithUserDetails("amy8")
    void htmlIsShownAsText() {
        var id = conversation(me(), partner());
        send(partner(), id, "<img src=x onerror=alert(1)>");
        openRoom(id);
        var text = elements("message-text").getFirst();
        assertThat(text.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(text.getChildren()).as("no element was created from the text").singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
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
        return elements("message-text").stream().map(Element::getText).toList();
    }

    /** The bubbles' message ids (they grow with the messages' order in a conversation). */
    private List<Long> ids() {
        return elements("message").stream()
                .map(b -> Long.parseLong(b.getAttribute("id").substring("message-".length()))).toList();
    }

    /** The elements of the message list with this class, top to bottom (bubbles are elements, not components). */
    private List<Element> elements(String className) {
        var found = new ArrayList<Element>();
        collect($(MessageList.class).single().drawn(), className, found);
        return found;
    }

    private static void collect(Element element, String className, List<Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getClassList().contains(className)) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collect(child, className, found));
    }
}
