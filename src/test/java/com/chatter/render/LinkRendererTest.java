package com.chatter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.Blns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRendererTest {

    private final List<com.chatter.extension.MessageRenderer> links = List.of(new LinkRenderer());

    @Test
    void linksBecomeAnchorsOpeningInANewTabWithoutAnOpener() {
        var text = RenderedTree.render(links, "see https://example.com/a?b=1#c and HTTP://EXAMPLE.org.");
        var anchors = RenderedTree.anchors(text);
        assertThat(anchors).hasSize(2);
        assertThat(anchors.get(0).getAttribute("href")).isEqualTo("https://example.com/a?b=1#c");
        assertThat(anchors.get(0).getText()).isEqualTo("https://example.com/a?b=1#c");
        assertThat(anchors.get(0).getAttribute("target")).isEqualTo("_blank");
        assertThat(anchors.get(0).getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(anchors.get(1).getText()).as("the full stop ends the sentence").isEqualTo("HTTP://EXAMPLE.org");
        assertThat(RenderedTree.text(text)).isEqualTo("see https://example.com/a?b=1#c and HTTP://EXAMPLE.org.");
        RenderedTree.assertInert(text);
    }

    @Test
    void aClosingParenthesisBelongsToTheLinkOnlyWhenItOpenedOne() {
        var text = RenderedTree.render(links, "(https://en.wikipedia.org/wiki/Java_(language)) (http://a.example)");
        assertThat(RenderedTree.anchors(text)).extracting(a -> a.getText())
                .containsExactly("https://en.wikipedia.org/wiki/Java_(language)", "http://a.example");
    }

    @Test
    void plainTextStaysOneTextNode() {
        var target = RenderedTree.render(links, "no link here, just a:b");
        assertThat(target.getChildCount()).isEqualTo(1);
        assertThat(target.getChild(0).isTextNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", "  javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "jav&#x09;ascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.com", "//example.com/x",
            "\u0000javascript:alert(1)", "javascript://example.com/%0Aalert(1)", "http:/example.com",
            "http://", "https://user:pass@example.com/", "xhttps://example.com", "\u202Ehttps://example.com"})
    void anythingButAWellFormedHttpLinkStaysText(String malicious) {
        var target = RenderedTree.render(links, malicious);
        RenderedTree.assertInert(target);
        for (var anchor : RenderedTree.anchors(target)) {
            assertThat(anchor.getAttribute("href")).startsWith("http");
            assertThat(anchor.getAttribute("href")).doesNotContainIgnoringCase("javascript");
        }
        if (!malicious.contains("https://example.com") || malicious.startsWith("x")
                || malicious.contains("user:pass")) {
            assertThat(RenderedTree.anchors(target)).as(malicious).isEmpty();
        }
        assertThat(RenderedTree.text(target)).isEqualTo(malicious);
    }

    @Test
    void aLinkHiddenAfterAnotherSchemeIsLinkedToItsHttpPartOnly() {
        var target = RenderedTree.render(links, "javascript:https://example.com/");
        assertThat(RenderedTree.anchors(target)).singleElement()
                .satisfies(a -> assertThat(a.getAttribute("href")).isEqualTo("https://example.com/"));
    }

    @Test
    void quotesAndAngleBracketsEndALinkAndNeverReachAnAttributeUnescaped() {
        var target = RenderedTree.render(links, "https://example.com/\"onmouseover=\"alert(1)<b>x</b>");
        assertThat(RenderedTree.anchors(target)).singleElement()
                .satisfies(a -> assertThat(a.getAttribute("href")).isEqualTo("https://example.com/"));
        assertThat(RenderedTree.text(target)).isEqualTo("https://example.com/\"onmouseover=\"alert(1)<b>x</b>");
    }

    @Test
    void theWholeBigListOfNaughtyStringsStaysInertAndKeepsItsText() {
        for (var line : Blns.lines()) {
            var target = RenderedTree.render(links, line);
            RenderedTree.assertInert(target);
            assertThat(RenderedTree.text(target)).as(line).isEqualTo(line);
        }
    }
}
