package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.base.ui.IconButton;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * What people wrote is marked for bidi isolation (dir="auto"; styles.css adds unicode-bidi: isolate) wherever it is
 * shown: message texts, chat list names and previews, the room header's name, the new-chat dialog's names and the
 * current user's name. ({@code BidiIsolationIT} checks the effect in Chromium.)
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class BidiIsolationViewTest extends ChatViewTestSupport {

    @Test
    @WithUserDetails("amy67")
    void namesAndMessagesAreShownWithDirAuto() {
        var id = conversation(me(), partner());
        send(partner(), id, "\u202Eevil.exe");
        send(me(), id, "plain");

        var room = openRoom(id);
        assertThat(room.name.getElement().getAttribute("dir")).isEqualTo("auto");
        var texts = byClass(room.messages.drawn(), "message-text");
        assertThat(texts).hasSize(2).allSatisfy(e -> assertThat(e.getAttribute("dir")).isEqualTo("auto"));

        var row = chatRow(id).orElseThrow();
        assertThat(rowParts(row, "chat-item-name")).singleElement().extracting(e -> e.getAttribute("dir"))
                .isEqualTo("auto");
        assertThat(rowParts(row, "chat-item-preview")).singleElement().extracting(e -> e.getAttribute("dir"))
                .isEqualTo("auto");
        var identity = Jsoup.parseBodyFragment($(Html.class).withClassName("sidebar-identity").single().getInnerHtml());
        assertThat(identity.getElementById("current-user").attr("dir")).isEqualTo("auto");

        navigate(ChatHomeView.class);
        test($(IconButton.class).id("new-chat-button")).click();
        var dialog = $(NewChatDialog.class).id("new-chat-dialog");
        test(dialog.search).setValue(partner());
        var person = $(Div.class, dialog).id("new-chat-user-" + partner());
        assertThat($(Span.class, person).withClassName("new-chat-name").single().getElement().getAttribute("dir"))
                .isEqualTo("auto");
    }

    private static List<Element> byClass(Element root, String className) {
        var found = new ArrayList<Element>();
        collect(root, className, found);
        return found;
    }

    private static void collect(Element element, String className, List<Element> found) {
        if (element.getClassList().contains(className)) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collect(child, className, found));
    }
}
