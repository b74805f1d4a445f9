package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two people sign up in their own browsers, find each other and chat live, both ways, without reloading. */
class RegisterAndChatIT extends E2eTestBase {

    @Test
    void twoNewPeopleRegisterStartAChatAndSeeEachOthersMessagesLive() {
        var aliceName = uniqueName("alice");
        var bobName = uniqueName("bob");
        var aliceBrowser = browser();
        var bobBrowser = browser();

        var aliceLogin = RegisterPage.open(aliceBrowser, baseUrl())
                .fill(aliceName, "Alice Liddell", PASSWORD, PASSWORD).submit();
        assertThat(aliceBrowser.getCurrentUrl()).contains("registered=" + aliceName);
        assertThat(aliceLogin.notice()).contains("Your account is ready");
        var bobLogin = RegisterPage.open(bobBrowser, baseUrl())
                .fill(bobName, "Bob Builder", PASSWORD, PASSWORD).submit();

        var aliceList = aliceLogin.logIn(aliceName, PASSWORD);
        var bobList = bobLogin.logIn(bobName, PASSWORD);

        var aliceRoom = aliceList.newChat().search(bobName).pick(bobName);
        assertThat(aliceRoom.headerText()).contains("Bob Builder");

        aliceRoom.sendWithEnter("Hi Bob, it's Alice");
        aliceRoom.waitForBubble("Hi Bob, it's Alice");

        // Bob is on his chat list: the new conversation shows up there by itself, with the message.
        bobList.waitFor(d -> bobList.hasRow(aliceRoom.id) && bobList.preview(aliceRoom.id).equals("Hi Bob, it's Alice"));
        var bobRoom = bobList.openChat(aliceRoom.id);
        assertThat(bobRoom.headerText()).contains("Alice Liddell");
        var first = bobRoom.waitForBubble("Hi Bob, it's Alice");
        assertThat(first.mine()).isFalse();

        bobRoom.sendWithEnter("Hello Alice!");
        var reply = aliceRoom.waitForBubble("Hello Alice!");
        assertThat(reply.mine()).isFalse();

        aliceRoom.type("How are you?").clickSend();
        bobRoom.waitForBubble("How are you?");

        assertThat(aliceRoom.texts()).containsExactly("Hi Bob, it's Alice", "Hello Alice!", "How are you?");
        assertThat(bobRoom.texts()).containsExactly("Hi Bob, it's Alice", "Hello Alice!", "How are you?");
        assertThat(aliceRoom.bubbles()).extracting(ChatRoomPage.Bubble::mine).containsExactly(true, false, true);
        assertThat(bobRoom.bubbles()).extracting(ChatRoomPage.Bubble::mine).containsExactly(false, true, false);
    }
}
