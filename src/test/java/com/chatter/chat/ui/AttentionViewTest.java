package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.chat.ChatListService;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Unread divider, jump-to-bottom, row menu (pin, archive, mute, mark unread), drafts and ticks, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class AttentionViewTest extends ChatViewTestSupport {

    @Autowired
    ChatListService lists;

    @Test
    @WithUserDetails("amy25")
    void aChatWithUnreadMessagesOpensAtTheDividerAndTheJumpButtonCountsNewOnes() {
        var id = conversation(partner(), me());
        send(partner(), id, "read already");
        markRead(me(), id);
        for (int i = 1; i <= 3; i++) {
            send(partner(), id, "new " + i);
        }

        var room = openRoom(id);
        deliverLiveUpdates();

        var bubbles = room.messages.drawn();
        var divider = find(bubbles, "unread-divider");
        assertThat(divider).isPresent();
        assertThat(divider.get().getTextRecursively()).isEqualTo("3 unread messages");
        int at = bubbles.indexOfChild(divider.get());
        assertThat(bubbles.getChild(at + 1).getAttribute("data-seq")).as("above the first unread").isEqualTo("2");

        // Scrolled up, a new message counts on the jump button; going down clears it.
        var jump = room.attention.jump;
        jump.scrolled(true);
        send(partner(), id, "while scrolled up");
        deliverLiveUpdates();
        assertThat(jump.isShown()).isTrue();
        assertThat(jump.count()).isEqualTo(1);
        test(jump).click();
        assertThat(jump.isShown()).isFalse();

        // Sending removes the divider.
        test(room.input).setValue("my answer");
        test(room.send).click();
        assertThat(find(room.messages.drawn(), "unread-divider")).isEmpty();
    }

    @Test
    @WithUserDetails("amy26")
    void myBubbleShowsDeliveredWhenItReachedThePartnersPage() {
        var id = conversation(me(), partner());
        var room = openRoom(id);
        test(room.input).setValue("are you there?");
        test(room.send).click();
        assertThat(bubbles(room).getLast().getAttribute("data-status")).isEqualTo("sent");

        TestUsers.as(userDetails, partner(), () -> {
            delivery.markDelivered(id, 1);
            return null;
        });
        deliverLiveUpdates();
        assertThat(bubbles(room).getLast().getAttribute("data-status")).isEqualTo("delivered");

        markRead(partner(), id);
        deliverLiveUpdates();
        assertThat(bubbles(room).getLast().getAttribute("data-status")).isEqualTo("read");
    }

    @Test
    @WithUserDetails("amy27")
    void theRowMenuPinsArchivesMutesAndMarksUnread() {
        var id = conversation(partner(), me());
        send(partner(), id, "hello");
        markRead(me(), id);
        navigate(ChatHomeView.class);
        deliverLiveUpdates();
        var panel = $(ChatListPanel.class).single();
        var menu = panel.rowMenu;

        panel.openRowMenu(Long.toString(id.value()));
        assertThat(menu.isOpen()).isTrue();
        assertThat(menu.pin.getText()).isEqualTo("Pin chat");
        test(menu.pin).click();
        assertThat(menu.isOpen()).as("an action closes the menu").isFalse();
        assertThat(row(id).getAttribute("data-pinned")).isEqualTo("true");

        panel.openRowMenu(Long.toString(id.value()));
        test(menu.mute).click();
        assertThat(row(id).getAttribute("data-muted")).isEqualTo("true");

        panel.openRowMenu(Long.toString(id.value()));
        test(menu.markUnread).click();
        assertThat(rowParts(row(id), "unread-badge")).hasSize(1);

        panel.openRowMenu(Long.toString(id.value()));
        test(menu.archive).click();
        assertThat(chatRow(id)).as("out of the main list").isEmpty();
        assertThat(panel.archived.isVisible()).isTrue();
        assertThat(panel.archived.getText()).isEqualTo("Archived (1)");
        test(panel.archived).click();
        assertThat(chatRow(id)).as("in the archived list").isPresent();

        // Still archived after a new message (muted or not, as WhatsApp keeps chats archived).
        send(partner(), id, "anyone?");
        deliverLiveUpdates();
        assertThat(row(id).getAttribute("data-archived")).isEqualTo("true");

        // Esc (or a click elsewhere) closes without doing anything.
        panel.openRowMenu(Long.toString(id.value()));
        menu.close();
        assertThat(menu.isOpen()).isFalse();
        assertThat(lists.state(id).archived()).isTrue();
    }

    @Test
    @WithUserDetails("amy28")
    void aDraftIsKeptWhenLeavingTheChatAndComesBackWithIt() {
        var first = conversation(me(), partner());
        send(partner(), first, "hi");
        var second = conversation(me(), "carol");
        send("carol", second, "hey");

        var room = openRoom(first);
        test(room.input).setValue("half a thought");
        openRoom(second);
        deliverLiveUpdates();
        assertThat(preview(first)).isEqualTo("Draft: half a thought");

        room = openRoom(first);
        assertThat(room.input.getValue()).isEqualTo("half a thought");
        test(room.send).click();
        openRoom(second);
        deliverLiveUpdates();
        assertThat(preview(first)).isEqualTo("half a thought");
        assertThat(lists.state(first).draft()).isNull();
    }

    @Autowired
    com.chatter.chat.DeliveryService delivery;

    private com.vaadin.flow.dom.Element row(ConversationId id) {
        return chatRow(id).orElseThrow();
    }

    private String preview(ConversationId id) {
        var previews = rowParts(row(id), "chat-item-preview");
        assertThat(previews).hasSize(1);
        return previews.getFirst().getText();
    }

    /** The bubbles as drawn now (each call draws them anew). */
    private static List<Element> bubbles(ChatRoomView room) {
        var found = new ArrayList<Element>();
        room.messages.drawn().getChildren()
                .filter(e -> e.getClassList().contains("message")).forEach(found::add);
        return found;
    }

    private static Optional<Element> find(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
