package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chatter.TestUsers;
import com.chatter.block.BlockService;
import com.chatter.chat.MessageRejectedException;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Blocking from the chat room: the header menu's block-button, the blocker's "You blocked this contact. Unblock"
 * in place of the message box, and the blocked person's refused send.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class BlockingViewTest extends ChatViewTestSupport {

    @Autowired
    BlockService blocks;

    @Test
    @WithUserDetails("amy65")
    void theBlockerSeesTheNoticeInsteadOfTheBoxAndCanUnblock() {
        var id = conversation(me(), partner());
        var room = openRoom(id);
        var item = room.blocking.item;
        assertThat(item.getId()).hasValue("block-button");
        assertThat(item.getText()).isEqualTo("Block");
        assertThat(room.blocking.notice.isShown()).isFalse();

        var shown = room.header.menuItem("block-button"); // made as the menu opens
        assertThat(shown.getText()).isEqualTo("Block");
        ComponentUtil.fireEvent(shown, new ClickEvent<>(shown));

        assertThat(item.getText()).isEqualTo("Unblock");
        assertThat(room.blocking.notice.isShown()).isTrue();
        assertThat(room.blocking.notice.drawn().getTextRecursively())
                .isEqualTo("You blocked this contact.Unblock");
        assertThat(room.composer.getElement().getClassList()).contains("blocked");
        assertThat(room.input.isEnabled()).isFalse();
        assertThat(room.send.isEnabled()).isFalse();
        assertThatThrownBy(() -> send(partner(), id, "let me in")).isInstanceOf(MessageRejectedException.class)
                .hasMessage("You can't message this person");

        // Still blocked when the room is opened again.
        room = openRoom(id);
        assertThat(room.blocking.notice.isShown()).isTrue();

        room.actions.bar.buttonClicked("unblock-button"); // the browser's click on the notice's button

        assertThat(room.blocking.notice.isShown()).isFalse();
        assertThat(room.composer.getElement().getClassList()).doesNotContain("blocked");
        assertThat(room.input.isEnabled()).isTrue();
        assertThat(room.blocking.item.getText()).isEqualTo("Block");
        send(partner(), id, "thanks");
        deliverLiveUpdates();
        assertThat(texts()).containsExactly("thanks");
    }

    @Test
    @WithUserDetails("amy66")
    void theBlockedPersonIsToldOnlyThatTheyCantMessageAndKeepsTheText() {
        var id = conversation(me(), partner());
        var myId = TestUsers.user(accounts, me()).id();
        TestUsers.as(userDetails, partner(), () -> {
            blocks.block(myId);
            return null;
        });
        var room = openRoom(id);
        assertThat(room.blocking.notice.isShown()).as("no notice: nothing tells them").isFalse();
        assertThat(room.input.isEnabled()).isTrue();

        test(room.input).setValue("hello?");
        test(room.send).click();

        assertThat(room.input.isInvalid()).isTrue();
        assertThat(room.input.getErrorMessage()).isEqualTo("You can't message this person");
        assertThat(room.input.getValue()).isEqualTo("hello?");
        assertThat(texts()).isEmpty();
    }

    private List<String> texts() {
        var found = new ArrayList<String>();
        collect($(MessageList.class).single().drawn(), found);
        return found;
    }

    private static void collect(Element element, List<String> found) {
        if (element.getClassList().contains("message-text")) {
            found.add(element.getText());
        }
        element.getChildren().forEach(child -> collect(child, found));
    }
}
