package com.chatter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.chat.MessageRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A long history of hostile texts (the Big List of Naughty Strings): the newest page opens at the bottom, older
 * pages load by scrolling up and by the button, in order and without duplicates, and every text is shown exactly
 * as it was sent.
 */
class HistoryPagingIT extends E2eTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    com.chatter.render.RenderChain renderers;

    private String shownAs(String text) {
        var span = new com.vaadin.flow.dom.Element("span");
        renderers.fill(span, text);
        return span.getTextRecursively();
    }

    private static final Path NAUGHTY_STRINGS = Path.of("/work/shared/data/blns.txt");

    @Test
    void longHistoryOfHostileTextsPagesInOrderAndShowsEveryTextExactly() throws IOException {
        var alice = createUser("alice", "Alice");
        var bob = createUser("bob", "Bob");
        var conversation = openChat(alice, bob);
        var sent = new ArrayList<String>();
        int refused = 0;
        var lines = naughtyStrings();
        for (int i = 0; i < lines.size(); i++) {
            try {
                send(i % 3 == 0 ? alice : bob, conversation, lines.get(i));
                sent.add(lines.get(i));
            } catch (MessageRejectedException clearlyRefused) {
                refused++;
            }
        }
        assertThat(sent).hasSizeGreaterThan(400);
        // What each text looks like once the renderers ran (WhatsApp formatting turns "_x_" into italic x): the
        // characters a reader sees, built only from text nodes and elements, never parsed as HTML.
        var unformatted = sent;
        sent = new ArrayList<>(unformatted.stream().map(this::shownAs).toList());
        assertThat(refused).isLessThan(lines.size() / 10);

        var room = ChatRoomPage.open(loggedIn(alice, sharedBrowser(0)).driver, baseUrl(), conversation);
        assertThat(room.texts()).containsExactlyElementsOf(sent.subList(sent.size() - 50, sent.size()));
        // Opened at the bottom: the newest message is in view.
        var scroll = """
                const list = document.getElementById('message-list');
                const bubbles = list.querySelectorAll('.message');
                const last = bubbles[bubbles.length - 1].getBoundingClientRect();
                const box = list.getBoundingClientRect();
                return [Math.abs(list.scrollTop) < 2 && last.bottom <= box.bottom + 1 && last.bottom > box.top,
                  list.scrollTop, list.scrollHeight, list.clientHeight, last.top, last.bottom, box.top, box.bottom,
                  getComputedStyle(list).flexDirection];""";
        room.waiting().withMessage(() -> "newest message not in view: " + room.js(scroll))
                .until(d -> Boolean.TRUE.equals(((List<?>) room.js(scroll)).getFirst()));
        assertThat(olderButtonShown(room)).isTrue();

        // Scrolling to the top brings the next older page.
        room.js("const l = document.getElementById('message-list'); l.scrollTop = -l.scrollHeight;");
        room.waitFor(d -> room.bubbles().size() >= 100);
        room.waitForVaadin();
        // (A quick scroll may bring more than one page; each is put above the rest, in order, none twice.)
        var afterScroll = room.texts();
        assertThat(afterScroll.size()).isGreaterThanOrEqualTo(100);
        assertThat(afterScroll).containsExactlyElementsOf(sent.subList(sent.size() - afterScroll.size(), sent.size()));

        // The button brings the rest, page by page, until there is nothing older.
        var shownSent = sent;
        while (room.bubbles().size() < sent.size()) {
            int before = room.bubbles().size();
            room.js("document.getElementById('message-list').scrollTop = 0;"); // back at the bottom: no scroll paging
            room.waiting().withMessage(() -> "load older button: " + room.js("""
                    const b = document.getElementById('load-older-button');
                    const l = document.getElementById('message-list');
                    const seqs = [...l.querySelectorAll('.message')].map(m => Number(m.dataset.seq));
                    const gaps = seqs.filter((s, i) => i > 0 && s !== seqs[i - 1] + 1);
                    return [!!b, b && b.hidden, b && getComputedStyle(b).display, b && b.getBoundingClientRect().top,
                      l.scrollTop, l.scrollHeight, seqs.length, 'oldest seq', seqs[0], 'newest seq',
                      seqs[seqs.length - 1], 'seqs after a gap', gaps.slice(0, 20), 'noOlder', !!l.__noOlder];""")
                    // Which sent text the oldest bubble is: a suffix of the history shown, or one missing in it.
                    + " oldest shown is sent #" + shownSent.indexOf(room.bubbles().getFirst().text())
                    + " of " + shownSent.size()).until(d -> {
                if (room.bubbles().size() > before) {
                    // A page the scroll asked for (scrolling the button into view comes near the top) was still on
                    // its way when the loop looked; it may have been the last one, which hides the button.
                    return true;
                }
                var button = d.findElement(By.id("load-older-button"));
                room.js("arguments[0].scrollIntoView({block: 'center'});", button);
                try {
                    button.click();
                    return true;
                } catch (org.openqa.selenium.ElementNotInteractableException notYet) {
                    return false; // hidden for a moment while the previous page is put in place: try again
                }
            });
            room.waitFor(d -> room.bubbles().size() > before);
            room.waitForVaadin();
        }
        room.waitFor(d -> !olderButtonShown(room));
        var shown = room.bubbles();
        assertThat(shown).extracting(ChatRoomPage.Bubble::text).containsExactlyElementsOf(sent);
        assertThat(shown).extracting(ChatRoomPage.Bubble::id).doesNotHaveDuplicates();
        assertThat(room.daySeparators()).containsExactly("Today");
    }

    /** Whether the button is part of the layout (it may be scrolled out of view; Selenium then calls it hidden). */
    private static boolean olderButtonShown(ChatRoomPage room) {
        return Boolean.TRUE.equals(room.js("""
                const button = document.getElementById('load-older-button');
                return !!button && !button.hidden && getComputedStyle(button).display !== 'none';"""));
    }

    private static List<String> naughtyStrings() throws IOException {
        if (!Files.isReadable(NAUGHTY_STRINGS)) {
            throw new IllegalStateException("Missing test data " + NAUGHTY_STRINGS);
        }
        return Files.readAllLines(NAUGHTY_STRINGS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isEmpty()).toList();
    }
}
