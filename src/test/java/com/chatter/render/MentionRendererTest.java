package com.chatter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.Blns;
import com.chatter.extension.MessageRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionRendererTest {

    private final List<MessageRenderer> mentions = List.of(new MentionRenderer());

    @Test
    void mentionsLinkToTheChatWithThePerson() {
        var target = RenderedTree.render(mentions, "ask @ben.smith or @amy_73.");
        assertThat(RenderedTree.anchors(target)).extracting(a -> a.getAttribute("href"))
                .containsExactly("with/ben.smith", "with/amy_73");
        assertThat(RenderedTree.anchors(target)).extracting(a -> a.getText())
                .containsExactly("@ben.smith", "@amy_73");
        assertThat(RenderedTree.text(target)).isEqualTo("ask @ben.smith or @amy_73.");
        RenderedTree.assertInert(target);
    }

    @Test
    void emailAddressesAndShortOrOddNamesStayText() {
        for (var text : List.of("amy@example.com", "@ab", "@", "@@ben", "@<script>", "@../../admin")) {
            var target = RenderedTree.render(mentions, text);
            assertThat(RenderedTree.anchors(target)).as(text).isEmpty();
            assertThat(RenderedTree.text(target)).isEqualTo(text);
        }
    }

    @Test
    void theWholeBigListOfNaughtyStringsStaysInertAndKeepsItsText() {
        for (var line : Blns.lines()) {
            var target = RenderedTree.render(mentions, line);
            RenderedTree.assertInert(target);
            assertThat(RenderedTree.text(target)).as(line).isEqualTo(line);
        }
    }
}
