package com.chatter.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.TestUsers;
import com.chatter.chat.ChatMessage;
import com.chatter.chat.MessageActions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The room's message actions without a browser: menu, reply, edit, delete, react, forward, star, search. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestUsers.class)
class RoomActionsViewTest extends ChatViewTestSupport {

    @Autowired
    MessageActions actions;

    @Test
    @WithUserDetails("amy19")
    void theMenuOffersEditOnlyForMyOwnRecentMessages() {
        var id = conversation(me(), partner());
        var mine = send(me(), id, "mine");
        var theirs = send(partner(), id, "theirs");
        var room = openRoom(id);
        var menu = room.actions.menu;

        assertThat(bubble(mine).getChild(bubble(mine).getChildCount() - 1).getAttribute("id"))
                .isEqualTo("message-menu-" + mine.id().value());
        menu.openFor(mine.id().value(), 10, 10);
        assertThat(menu.isOpen()).isTrue();
        assertThat(List.of(menu.reply, menu.react, menu.edit, menu.delete, menu.forward, menu.star, menu.copy))
                .allMatch(b -> b.isVisible());
        menu.escape();
        assertThat(menu.isOpen()).isFalse();

        menu.openFor(theirs.id().value(), 10, 10);
        assertThat(menu.edit).as("edit is not offered: no item").isNull();
        assertThat(menu.reply.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("amy20")
    void aReplyShowsAPreviewThenAQuoteOfTheOriginal() {
        var id = conversation(me(), partner());
        var original = send(partner(), id, "Dinner at 8?");
        var room = openRoom(id);

        room.actions.menu.openFor(original.id().value(), 0, 0);
        test(room.actions.menu.reply).click();
        var preview = room.actions.bar.drawn(ComposerBar.REPLY);
        assertThat(preview.hasAttribute("hidden")).isFalse();
        assertThat(preview.getTextRecursively()).contains("Dinner at 8?").contains(partnerName());
        test(room.input).setValue("Sure!");
        test(room.send).click();

        assertThat(room.actions.bar.drawn(ComposerBar.REPLY).hasAttribute("hidden")).isTrue();
        var reply = elements("message").getLast();
        var quote = child(reply, "message-quote");
        assertThat(quote.getAttribute("data-quote-id")).isEqualTo(Long.toString(original.id().value()));
        assertThat(quote.getTextRecursively()).contains("Dinner at 8?");
        assertThat(child(reply, "message-text").getText()).isEqualTo("Sure!");

        room.actions.menu.openFor(original.id().value(), 0, 0);
        test(room.actions.menu.reply).click();
        room.actions.bar.buttonClicked("reply-cancel"); // the browser's click on the row's cancel button
        test(room.input).setValue("no quote");
        test(room.send).click();
        assertThat(find(elements("message").getLast(), "message-quote")).isNull();
    }

    @Test
    @WithUserDetails("amy21")
    void editingChangesTheBubbleInPlaceAndEscapeCancels() {
        var id = conversation(me(), partner());
        var first = send(me(), id, "teh first");
        send(partner(), id, "second");
        var room = openRoom(id);

        room.actions.menu.openFor(first.id().value(), 0, 0);
        test(room.actions.menu.edit).click();
        assertThat(room.input.getValue()).isEqualTo("teh first");
        assertThat(room.actions.bar.drawn(ComposerBar.EDIT).hasAttribute("hidden")).isFalse();
        test(room.input).setValue("the first");
        test(room.send).click();

        assertThat(texts()).containsExactly("the first", "second");
        assertThat(bubble(first).getAttribute("data-edited")).isEqualTo("true");
        assertThat(bubble(first).getTextRecursively()).contains("edited");
        assertThat(room.actions.bar.drawn(ComposerBar.EDIT).hasAttribute("hidden")).isTrue();
        assertThat(room.input.getValue()).isEmpty();

        room.actions.bar.arrowUpInEmptyComposer(); // ↑ in the empty box: my last message
        assertThat(room.input.getValue()).isEqualTo("the first");
        room.actions.bar.escapeInComposer();
        assertThat(room.actions.bar.drawn(ComposerBar.EDIT).hasAttribute("hidden")).isTrue();
        assertThat(room.input.getValue()).isEmpty();
        assertThat(texts()).containsExactly("the first", "second");
    }

    @Test
    @WithUserDetails("amy22")
    void deletionsAndReactionsChangeOneBubbleAlsoWhenTheyArriveLive() {
        var id = conversation(me(), partner());
        var mine = send(me(), id, "oops, wrong chat");
        var theirs = send(partner(), id, "good news");
        var room = openRoom(id);

        room.actions.menu.openFor(mine.id().value(), 0, 0);
        test(room.actions.menu.delete).click();
        var dialog = $(DeleteDialog.class).id("delete-dialog");
        assertThat(dialog.forEveryone.isVisible()).isTrue();
        test(dialog.forEveryone).click();
        assertThat(bubble(mine).getAttribute("data-deleted")).isEqualTo("true");
        assertThat(child(bubble(mine), "message-text").getText()).isEqualTo("This message was deleted");

        room.actions.menu.openFor(theirs.id().value(), 0, 0);
        test(room.actions.menu.delete).click();
        var second = $(DeleteDialog.class).id("delete-dialog");
        assertThat(second.forEveryone.isVisible()).as("not my message").isFalse();
        test(second.cancel).click();

        room.actions.menu.openFor(theirs.id().value(), 0, 0);
        test(room.actions.menu.react).click();
        test(room.actions.picker.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> "reaction-option-1".equals(c.getId().orElse(null))).findFirst().orElseThrow()).click();
        TestUsers.as(userDetails, partner(), () -> actions.react(theirs.id(), "❤️"));
        deliverLiveUpdates();
        var chip = child(child(bubble(theirs), "reaction-chips"), "reaction-chip");
        assertThat(chip.getAttribute("data-emoji")).isEqualTo("❤️");
        assertThat(chip.getAttribute("data-count")).isEqualTo("2");
        assertThat(chip.getText()).isEqualTo("❤️ 2");

        var later = send(partner(), id, "typo");
        deliverLiveUpdates();
        TestUsers.as(userDetails, partner(), () -> actions.edit(later.id(), "fixed"));
        deliverLiveUpdates();
        assertThat(texts()).containsExactly("This message was deleted", "good news", "fixed");
        TestUsers.as(userDetails, partner(), () -> {
            actions.deleteForEveryone(later.id());
            return null;
        });
        deliverLiveUpdates();
        assertThat(bubble(later).getAttribute("data-deleted")).isEqualTo("true");
        assertThat(elements("message")).hasSize(3);
    }

    @Test
    @WithUserDetails("amy23")
    void deletingForMeTakesTheBubbleAwayAndForwardingSendsAMarkedCopy() {
        var id = conversation(me(), partner());
        var other = conversation(me(), "carol");
        var message = send(partner(), id, "Forward me");
        var room = openRoom(id);

        room.actions.menu.openFor(message.id().value(), 0, 0);
        test(room.actions.menu.forward).click();
        var dialog = $(ForwardDialog.class).id("forward-dialog");
        test(dialog.targets.get(other)).click();
        test(dialog.send).click();
        assertThat(dialog.isOpened()).isFalse();
        var copy = chat.latestMessages(other, 1).getFirst();
        assertThat(copy.content()).isEqualTo("Forward me");
        assertThat(copy.forwarded()).isTrue();

        room.actions.menu.openFor(message.id().value(), 0, 0);
        test(room.actions.menu.delete).click();
        test($(DeleteDialog.class).id("delete-dialog").forMe).click();
        assertThat(elements("message")).isEmpty();
        assertThat(chat.latestMessages(id, 10)).isEmpty();
    }

    @Test
    @WithUserDetails("amy24")
    void searchFindsMessagesNewestFirstHighlightedAndStarsAreListed() {
        var id = conversation(me(), partner());
        var older = send(partner(), id, "The <b>Pizza</b> place");
        send(me(), id, "something else");
        var newer = send(me(), id, "more pizza please");
        var room = openRoom(id);

        test(room.actions.searchButton).click();
        assertThat(room.actions.search.isVisible()).isTrue();
        test(room.actions.search.field).setValue("pizza");
        var results = room.actions.search.results.getChildren().toList();
        assertThat(results).extracting(c -> c.getId().orElseThrow())
                .containsExactly("search-result-" + newer.id().value(), "search-result-" + older.id().value());
        var mark = new ArrayList<Element>();
        collect(results.get(1).getElement(), "search-match", mark);
        assertThat(mark).singleElement().satisfies(m -> assertThat(m.getText()).isEqualTo("Pizza"));
        assertThat(results.get(1).getElement().getTextRecursively()).contains("The <b>Pizza</b> place");
        test((Div) results.get(1)).click();

        room.actions.menu.openFor(older.id().value(), 0, 0);
        test(room.actions.menu.star).click();
        assertThat(bubble(older).getAttribute("data-starred")).isEqualTo("true");
        var starred = navigate(StarredView.class);
        assertThat(starred.list.getChildren().map(c -> c.getId().orElse(""))).containsExactly(
                "starred-" + older.id().value());
    }

    @Test
    @WithUserDetails("amy56")
    void quotesFollowEditsAndDeletionsOfTheirOriginalLive() {
        var id = conversation(me(), partner());
        var original = send(partner(), id, "Dinner at 7?");
        var room = openRoom(id);
        var reply = actions.reply(id, java.util.UUID.randomUUID().toString(), "Sure", original.id());
        var otherReply = actions.reply(id, java.util.UUID.randomUUID().toString(), "Or 8", original.id());
        deliverLiveUpdates();
        assertThat(child(child(bubble(reply), "message-quote"), "message-quote-text").getText())
                .isEqualTo("Dinner at 7?");

        TestUsers.as(userDetails, partner(), () -> actions.edit(original.id(), "Dinner at 8?"));
        deliverLiveUpdates();
        assertThat(List.of(reply, otherReply)).allSatisfy(r -> assertThat(
                child(child(bubble(r), "message-quote"), "message-quote-text").getText()).isEqualTo("Dinner at 8?"));

        TestUsers.as(userDetails, partner(), () -> {
            actions.deleteForEveryone(original.id());
            return null;
        });
        deliverLiveUpdates();
        var quote = child(bubble(reply), "message-quote");
        assertThat(quote.getAttribute("data-deleted")).isEqualTo("true");
        assertThat(child(quote, "message-quote-text").getText()).isEqualTo("This message was deleted");
        assertThat(room.actions.menu.isOpen()).isFalse();
    }

    // ---- reading the list ----

    private List<String> texts() {
        return elements("message-text").stream().map(Element::getText).toList();
    }

    private Element bubble(ChatMessage message) {
        return elements("message").stream().filter(b -> b.getAttribute("id").equals("message-" + message.id()))
                .findFirst().orElseThrow(() -> new AssertionError("no bubble for " + message));
    }

    private List<Element> elements(String className) {
        var found = new ArrayList<Element>();
        collect($(MessageList.class).single().drawn(), className, found);
        return found;
    }

    private static Element child(Element parent, String className) {
        var found = find(parent, className);
        assertThat(found).as("." + className).isNotNull();
        return found;
    }

    private static Element find(Element parent, String className) {
        for (int i = 0; i < parent.getChildCount(); i++) {
            var child = parent.getChild(i);
            if (!child.isTextNode() && child.getClassList().contains(className)) {
                return child;
            }
        }
        return null;
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
