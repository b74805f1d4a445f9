package com.chatter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.Blns;
import com.chatter.extension.MessageRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormattingRendererTest {

    private final List<MessageRenderer> formatting = List.of(new FormattingRenderer());

    @Test
    void boldItalicStrikeAndCode() {
        var target = RenderedTree.render(formatting, "*bold* _italic_ ~gone~ `x = 1`");
        assertThat(RenderedTree.all(target, "strong")).singleElement()
                .satisfies(e -> assertThat(e.getTextRecursively()).isEqualTo("bold"));
        assertThat(RenderedTree.all(target, "em")).singleElement()
                .satisfies(e -> assertThat(e.getTextRecursively()).isEqualTo("italic"));
        assertThat(RenderedTree.all(target, "s")).singleElement()
                .satisfies(e -> assertThat(e.getTextRecursively()).isEqualTo("gone"));
        assertThat(RenderedTree.all(target, "code")).singleElement()
                .satisfies(e -> assertThat(e.getTextRecursively()).isEqualTo("x = 1"));
        assertThat(RenderedTree.text(target)).isEqualTo("bold italic gone x = 1");
        RenderedTree.assertInert(target);
    }

    @Test
    void codeBlocksSpanLinesAndKeepTheirMarkersAsTyped() {
        var target = RenderedTree.render(formatting, "look:\n```\nint *a* = b_c_d;\n```\ndone");
        assertThat(RenderedTree.all(target, "pre")).singleElement()
                .satisfies(e -> assertThat(e.getText()).isEqualTo("\nint *a* = b_c_d;\n"));
        assertThat(RenderedTree.all(target, "strong")).isEmpty();
    }

    @Test
    void stylesNest() {
        var target = RenderedTree.render(formatting, "*_both_*");
        var strong = RenderedTree.all(target, "strong");
        assertThat(strong).hasSize(1);
        assertThat(RenderedTree.all(strong.getFirst(), "em")).singleElement()
                .satisfies(e -> assertThat(e.getText()).isEqualTo("both"));
    }

    @Test
    void markersInsideWordsSpacesAndLinksAreNoFormatting() {
        for (var text : List.of("snake_case_name", "2*3*4", "* not bold *", "a * b * c", "_ no _",
                "https://example.com/_a_/*b*", "**", "~~", "*unclosed", "*two\nlines*", "¯\\_(ツ)_/¯")) {
            var target = RenderedTree.render(formatting, text);
            assertThat(RenderedTree.all(target, "strong")).as(text).isEmpty();
            assertThat(RenderedTree.all(target, "em")).as(text).isEmpty();
            assertThat(RenderedTree.all(target, "s")).as(text).isEmpty();
            assertThat(RenderedTree.text(target)).as(text).isEqualTo(text);
        }
    }

    @Test
    void markupInsideFormattingStaysText() {
        var target = RenderedTree.render(formatting, "*<script>alert(1)</script>* `<img src=x onerror=alert(1)>`");
        RenderedTree.assertInert(target);
        assertThat(RenderedTree.text(target)).isEqualTo("<script>alert(1)</script> <img src=x onerror=alert(1)>");
    }

    @Test
    void theWholeBigListOfNaughtyStringsStaysInert() {
        for (var line : Blns.lines()) {
            var target = RenderedTree.render(formatting, line);
            RenderedTree.assertInert(target);
            // Formatting drops its markers and nothing else.
            assertThat(RenderedTree.text(target).replaceAll("[*_~`]", ""))
                    .as(line).isEqualTo(line.replaceAll("[*_~`]", ""));
        }
    }
}
