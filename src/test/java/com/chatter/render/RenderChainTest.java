package com.chatter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.Blns;
import com.chatter.extension.MessageRenderer;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-ins chained in their order, as bubbles get them. */
class RenderChainTest {

    private final List<MessageRenderer> builtIns =
            List.of(new FormattingRenderer(), new LinkRenderer(), new MentionRenderer());

    @Test
    void aMessageWithoutAnythingToRenderIsOneTextNodeAsBefore() {
        var target = RenderedTree.render(builtIns, "Hello there, how are you?");
        assertThat(target.getChildCount()).isEqualTo(1);
        assertThat(target.getText()).isEqualTo("Hello there, how are you?");
    }

    @Test
    void renderersWorkTogether() {
        var target = RenderedTree.render(builtIns, "*read https://example.com/a_b_c* with @ben73 _now_");
        var strong = RenderedTree.all(target, "strong");
        assertThat(strong).hasSize(1);
        assertThat(RenderedTree.anchors(strong.getFirst())).singleElement()
                .satisfies(a -> assertThat(a.getAttribute("href")).isEqualTo("https://example.com/a_b_c"));
        assertThat(RenderedTree.anchors(target)).extracting(a -> a.getAttribute("href"))
                .containsExactly("https://example.com/a_b_c", "with/ben73");
        assertThat(RenderedTree.all(target, "em")).hasSize(1);
        RenderedTree.assertInert(target);
    }

    @Test
    void codeIsNotLinked() {
        var target = RenderedTree.render(builtIns, "`https://example.com @ben73`");
        assertThat(RenderedTree.anchors(target)).isEmpty();
    }

    @Test
    void aFailingRendererLeavesThePlainText() {
        MessageRenderer broken = new MessageRenderer() {
            @Override
            public boolean appliesTo(String text) {
                return true;
            }

            @Override
            public void render(String text, Element parent, Next next) {
                parent.appendChild(new Element("strong"));
                throw new IllegalStateException("boom");
            }
        };
        var target = RenderedTree.render(List.of(broken), "<b>hi</b>");
        assertThat(target.getChildCount()).isEqualTo(1);
        assertThat(target.getText()).isEqualTo("<b>hi</b>");
    }

    @Test
    void theWholeBigListOfNaughtyStringsStaysInertThroughTheWholeChain() {
        for (var line : Blns.lines()) {
            var target = RenderedTree.render(builtIns, line);
            RenderedTree.assertInert(target);
            assertThat(RenderedTree.text(target).replaceAll("[*_~`]", ""))
                    .as(line).isEqualTo(line.replaceAll("[*_~`]", ""));
        }
    }
}
