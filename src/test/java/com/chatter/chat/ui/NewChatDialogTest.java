package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.base.ui.IconButton;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class NewChatDialogTest extends ChatViewTestSupport {

    @Test
    @WithUserDetails("amy16")
    void findsPeopleByNameOrUsernameButNotMyself() {
        navigate(ChatHomeView.class);
        test($(IconButton.class).id("new-chat-button")).click();
        var dialog = $(NewChatDialog.class).id("new-chat-dialog");

        test(dialog.search).setValue("BEN16");
        assertThat($(Div.class, dialog).withId("new-chat-user-ben16").exists()).isTrue();

        test(dialog.search).setValue("Carol Ex");
        assertThat($(Div.class, dialog).withId("new-chat-user-carol").exists()).isTrue();

        test(dialog.search).setValue("amy16");
        assertThat($(Div.class, dialog).withId("new-chat-user-amy16").exists()).isFalse();
        assertThat(dialog.results.getElement().getTextRecursively()).contains("Nobody found");
    }

    @Test
    @WithUserDetails("amy17")
    void pickingSomeoneOpensTheSameConversationEveryTime() {
        navigate(ChatHomeView.class);
        test($(IconButton.class).id("new-chat-button")).click();
        var dialog = $(NewChatDialog.class).id("new-chat-dialog");
        test(dialog.search).setValue("ben17");
        test($(Div.class, dialog).id("new-chat-user-ben17")).click();

        var room = (ChatRoomView) getCurrentView();
        var first = room.conversationId();
        assertThat(room.name.getText()).isEqualTo(partnerName());
        assertThat(dialog.isOpened()).isFalse();

        navigate(ChatHomeView.class);
        test($(IconButton.class).id("new-chat-button")).click();
        var again = $(NewChatDialog.class).id("new-chat-dialog");
        test(again.search).setValue("ben17");
        test($(Div.class, again).id("new-chat-user-ben17")).click();

        assertThat(((ChatRoomView) getCurrentView()).conversationId()).isEqualTo(first);
        var myId = TestUsers.user(accounts, me()).id();
        assertThat(TestUsers.as(userDetails, "ben17", () -> chat.openDirect(myId)))
                .as("from the other side too").isEqualTo(first);
    }

    @Test
    @WithUserDetails("amy30")
    void aRowStaysTheSameWhileTheResultsRedrawSoAClickOnItIsNotLost() {
        navigate(ChatHomeView.class);
        test($(IconButton.class).id("new-chat-button")).click();
        var dialog = $(NewChatDialog.class).id("new-chat-dialog");
        test(dialog.search).setValue("ben3");
        var row = $(Div.class, dialog).id("new-chat-user-ben30");

        // The person keeps typing while the row is under the pointer: the results redraw, the row must not change.
        test(dialog.search).setValue("ben30");
        assertThat($(Div.class, dialog).id("new-chat-user-ben30")).as("the very same row component").isSameAs(row);
        assertThat(row.isAttached()).isTrue();

        test(row).click();
        assertThat(((ChatRoomView) getCurrentView()).name.getText()).isEqualTo(partnerName());
    }
}
