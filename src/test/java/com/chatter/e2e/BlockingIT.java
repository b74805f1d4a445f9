package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Blocking in two browsers: the blocker uses the header menu's block-button and sees "You blocked this contact.
 * Unblock" instead of the message box; the blocked person's message is refused with "You can't message this person"
 * and reaches nobody; after unblocking they chat again.
 */
class BlockingIT extends E2eTestBase {

    @Test
    void blockRefuseAndUnblock() {
        var amy = createUser("blockamy", "Amy Blocker");
        var ben = createUser("blockben", "Ben Blocked");
        var conversation = openChat(amy, ben);
        send(ben, conversation, "hello before");

        var amyRoom = ChatRoomPage.open(loggedIn(amy).driver, baseUrl(), conversation);
        var benRoom = ChatRoomPage.open(loggedIn(ben).driver, baseUrl(), conversation);
        amyRoom.waitForBubble("hello before");

        amyRoom.byId("chat-header-menu").click();
        amyRoom.waitFor(d -> {
            d.findElement(By.id("block-button")).click();
            return true;
        });
        amyRoom.waitFor(d -> d.findElement(By.id("blocked-notice")).isDisplayed());
        assertThat(amyRoom.byId("blocked-notice").getText()).contains("You blocked this contact.").contains("Unblock");
        amyRoom.waitFor(d -> !d.findElement(By.id("message-input")).isDisplayed());

        // With Enter: the browser empties the field at once, the server refuses and puts the text back with the reason.
        benRoom.sendWithEnter("are you there?");
        benRoom.waitFor(d -> benRoom.inputError().equals("You can't message this person"));
        benRoom.waitForVaadin();
        assertThat(benRoom.texts()).containsExactly("hello before");
        assertThat(benRoom.inputValue()).isEqualTo("are you there?");
        amyRoom.waitForVaadin();
        assertThat(amyRoom.texts()).containsExactly("hello before");

        amyRoom.byId("unblock-button").click();
        amyRoom.waitFor(d -> d.findElement(By.id("message-input")).isDisplayed());
        assertThat(amyRoom.byId("blocked-notice").isDisplayed()).isFalse();

        benRoom.clickSend();
        amyRoom.waitForBubble("are you there?");
        amyRoom.sendWithEnter("yes, again");
        benRoom.waitForBubble("yes, again");
    }
}
