package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.chatter.TestUsers;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.ConversationId;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The example extensions in a chat room: the "/" menu, commands, room actions, rendered text, the help bot. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class ChatExtensionsViewTest extends ChatViewTestSupport {

    private CommandMenu menu(ChatRoomView room) {
        return (CommandMenu) room.composer.extras.getChildren().filter(CommandMenu.class::isInstance)
                .findFirst().orElseThrow();
    }

    private static List<String> itemIds(CommandMenu menu) {
        return menu.getChildren().filter(Component::isVisible).map(c -> c.getId().orElse("")).toList();
    }

    private static void click(Component component) {
        ComponentUtil.fireEvent(component, new ClickEvent<>(component));
    }

    private List<Element> ephemeral(ChatRoomView room) {
        var found = new ArrayList<Element>();
        elements("message").stream().filter(e -> "true".equals(e.getAttribute("data-ephemeral")))
                .forEach(found::add);
        return found;
    }

    /** The stored messages' texts as shown (ephemeral answers left out). */
    private List<String> texts() {
        return elements("message-text").stream()
                .filter(e -> !"true".equals(e.getParent().getAttribute("data-ephemeral")))
                .map(Element::getTextRecursively).toList();
    }

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

    private List<String> stored(String who, ConversationId id) {
        return TestUsers.as(userDetails, who, () -> chat.latestMessages(id, 50)).stream()
                .map(ChatMessage::content).toList();
    }

    @Test
    @WithUserDetails("amy73")
    void typingASlashOpensTheMenuWithTheMatchingCommands() {
        var room = openRoom(conversation(me(), partner()));
        var menu = menu(room);
        assertThat(menu.isVisible()).isFalse();

        room.input.setValue("/");
        assertThat(menu.isVisible()).isTrue();
        assertThat(menu.getId()).hasValue("command-menu");
        assertThat(itemIds(menu)).containsExactly("command-remind", "command-roll", "command-shrug");

        room.input.setValue("/r");
        assertThat(itemIds(menu)).containsExactly("command-remind", "command-roll");
        room.input.setValue("/ROL");
        assertThat(itemIds(menu)).containsExactly("command-roll");
        room.input.setValue("/roll 20");
        assertThat(menu.isVisible()).as("typing the arguments").isFalse();
        room.input.setValue("/nothing");
        assertThat(menu.isVisible()).isFalse();
        room.input.setValue("hello /roll");
        assertThat(menu.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("amy74")
    void rollAnswersOnlyTheCallerAndIsNeverStored() {
        var id = conversation(me(), partner());
        var room = openRoom(id);

        room.composer.sendFromKeyboard("/roll", true);
        room.input.setValue("/ro");
        click(menu(room).getChildren().filter(Component::isVisible).findFirst().orElseThrow());

        var answers = ephemeral(room);
        assertThat(answers).hasSize(2).allSatisfy(bubble -> {
            assertThat(bubble.getChild(0).getText()).matches("🎲 You rolled [1-6] \\(1–6\\)");
            assertThat(bubble.getTextRecursively()).contains("Only you can see this");
        });
        assertThat(stored(me(), id)).isEmpty();
        assertThat(stored(partner(), id)).isEmpty();

        room.composer.sendFromKeyboard("/roll 1", true);
        assertThat(ephemeral(room).getLast().getChild(0).getText()).startsWith("Usage: /roll");
    }

    @Test
    @WithUserDetails("amy75")
    void aCommandCanPostForEverybodyAndAnUnknownOneIsSentAsTyped() {
        var id = conversation(me(), partner());
        var room = openRoom(id);

        room.composer.sendFromKeyboard("/shrug no idea", true);
        room.composer.sendFromKeyboard("/usr/bin is a path", true);

        assertThat(stored(partner(), id)).containsExactly("no idea ¯\\_(ツ)_/¯", "/usr/bin is a path");
        assertThat(texts()).containsExactly("no idea ¯\\_(ツ)_/¯", "/usr/bin is a path");
        assertThat(ephemeral(room)).isEmpty();
    }

    @Test
    @WithUserDetails("amy76")
    void remindPostsTheReminderLaterForBoth() {
        var id = conversation(me(), partner());
        var room = openRoom(id);

        room.composer.sendFromKeyboard("/remind 1s stretch your legs", true);
        assertThat(ephemeral(room)).singleElement().satisfies(bubble -> assertThat(bubble.getChild(0).getText())
                .isEqualTo("⏰ I'll post your reminder here in 1 second: stretch your legs"));
        room.composer.sendFromKeyboard("/remind soon", true);
        assertThat(ephemeral(room).getLast().getChild(0).getText()).startsWith("Usage: /remind 10m text");

        var partner = partner();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> stored(partner, id).contains("⏰ Reminder: stretch your legs"));
        assertThat(stored(partner(), id)).containsExactly("⏰ Reminder: stretch your legs");
        deliverLiveUpdates();
        assertThat(texts()).containsExactly("⏰ Reminder: stretch your legs");
    }

    @Test
    @WithUserDetails("amy77")
    void aRoomActionPostsForBothAndIsHiddenWhereItDoesNotApply() {
        var id = conversation(me(), partner());
        var room = openRoom(id);
        var item = room.extensions.actions.item("roll-together").orElseThrow();
        assertThat(item.getId()).hasValue("room-action-roll-together");
        assertThat(item.isVisible()).isTrue();
        assertThat(room.header.menuButton.isVisible()).isTrue();

        click(room.header.menuItem("room-action-roll-together"));
        assertThat(stored(partner(), id)).singleElement().satisfies(text ->
                assertThat(text).matches("🎲 Amy77 Example rolled [1-6] for both of us"));
        assertThat(texts()).hasSize(1);

        var withBot = conversation(me(), "helpbot");
        var botRoom = openRoom(withBot);
        assertThat(botRoom.extensions.actions.item("roll-together").orElseThrow().isVisible()).isFalse();
        // The header menu itself stays for the other items (search, starred, block), without this one.
    }

    @Test
    @WithUserDetails("amy78")
    void bubblesShowFormattingAndLinksAndPlainTextStaysPlain() {
        var id = conversation(me(), partner());
        send(partner(), id, "*bold* see https://example.com/docs and ask @" + me());
        send(partner(), id, "just text");
        openRoom(id);

        var texts = elements("message-text");
        var rich = texts.getFirst();
        assertThat(rich.getTextRecursively()).isEqualTo("bold see https://example.com/docs and ask @" + me());
        var tags = new ArrayList<String>();
        rich.getChildren().filter(e -> !e.isTextNode()).forEach(e -> tags.add(e.getTag()));
        assertThat(tags).containsExactly("strong", "a", "a");
        var link = rich.getChildren().filter(e -> !e.isTextNode() && "a".equals(e.getTag())).findFirst().orElseThrow();
        assertThat(link.getAttribute("href")).isEqualTo("https://example.com/docs");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");

        var plain = texts.get(1);
        assertThat(plain.getChildren()).singleElement().satisfies(node -> assertThat(node.isTextNode()).isTrue());
    }

    @Test
    @WithUserDetails("amy79")
    void theHelpBotIsABotAnsweringHelpWithTheCommands() {
        var helpbot = TestUsers.user(accounts, "helpbot");
        assertThat(helpbot.bot()).isTrue();
        var id = conversation(me(), "helpbot");
        var room = openRoom(id);
        assertThat(room.header.getElement().getTextRecursively()).contains("Help Bot").contains("bot");
        assertThat(room.header.getElement().getChildren()
                .filter(e -> "true".equals(e.getAttribute("data-bot")))).singleElement()
                .satisfies(avatar -> assertThat(avatar.getTag()).isEqualTo("vaadin-avatar"));

        room.composer.sendFromKeyboard("/help", true);
        var me = me();
        await().atMost(Duration.ofSeconds(15)).until(() -> stored(me, id).size() == 2);
        var answer = stored(me(), id).get(1);
        assertThat(answer).startsWith("Commands").contains("/remind 10m text").contains("/roll").contains("/shrug");
        deliverLiveUpdates();
        assertThat(texts()).hasSize(2);
        assertThat(elements("theirs")).hasSize(1);
    }
}
