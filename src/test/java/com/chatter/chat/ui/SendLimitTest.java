package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Sending is limited per user (here 3 per 10 s): one more is refused, the composer says why and keeps the text. */
@SpringBootTest(properties = {"chatter.limits.registration-per-address=2/1h", "chatter.limits.send-per-user=3/10s"})
@ActiveProfiles("test")
@Import(TestUsers.class)
// A fresh context of its own: when the cached one (shared with RegistrationLimitTest) comes back after other contexts
// started, @WithUserDetails' security context is not the one the views read, and the test runs logged out.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class SendLimitTest extends ChatViewTestSupport {

    @Test
    @WithUserDetails("amy32")
    void theFourthMessageWithinTenSecondsIsRefusedAndItsTextKept() {
        var id = conversation(me(), partner());
        var room = openRoom(id);
        for (int i = 1; i <= 3; i++) {
            test(room.input).setValue("message " + i);
            test(room.send).click();
            assertThat(room.input.getValue()).as("message %d sent", i).isEmpty();
        }

        test(room.input).setValue("one too many");
        test(room.send).click();

        assertThat(room.input.isInvalid()).isTrue();
        assertThat(room.input.getErrorMessage()).contains("too fast").contains("second");
        assertThat(room.input.getValue()).isEqualTo("one too many");
        assertThat(TestUsers.as(userDetails, me(), () -> chat.latestMessages(id, 10)))
                .extracting(m -> m.content()).containsExactly("message 1", "message 2", "message 3");
        // Someone else is not affected by amy32's limit.
        assertThat(send(partner(), id, "from ben").content()).isEqualTo("from ben");
    }

    @Test
    @WithUserDetails("amy33")
    void aTextRefusedAfterEnterComesBackWithItsReasonShown() {
        var id = conversation(me(), partner());
        var room = openRoom(id);
        for (int i = 1; i <= 3; i++) {
            room.composer.sendFromKeyboard("message " + i, true);
        }

        // Enter: the browser empties the field (an input event with ""), the server refuses the text and puts it
        // back (another input event, with the text, as the browser's restore script fires it).
        test(room.input).setValue("");
        room.composer.sendFromKeyboard("one too many", true);
        test(room.input).setValue("one too many");

        assertThat(room.input.getValue()).isEqualTo("one too many");
        assertThat(room.input.isInvalid()).as("the reason stays shown after the text comes back").isTrue();
        assertThat(room.input.getErrorMessage()).contains("too fast");
        assertThat(TestUsers.as(userDetails, me(), () -> chat.latestMessages(id, 10))).hasSize(3);

        // Typing on (a changed text) clears the reason, as before.
        test(room.input).setValue("one too many!");
        assertThat(room.input.isInvalid()).isFalse();
    }
}
