package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests of the spec-parser judge: it passes slots at real gaps (so that its silence elsewhere means
 * something) and catches each way a slot can be misplaced that issue 14 lists.
 */
@DisplayName("The spec-parser judge passes legal slots and catches misplaced ones")
class SpecTreeJudgeSelfTest {

    private static final String SLOT = "<aside class=\"adslot\" data-adslot-id=\"s\"><div class=\"adslot-label\">Ad</div>"
            + "<div class=\"adslot-ad\"></div></aside>";
    private static final String AMP_SLOT = "<amp-ad width=\"300\" height=\"250\"><div placeholder>Ad</div><div fallback></div></amp-ad>";

    private static List<SpecTreeJudge.Problem> judge(String htmlWithCaret, String slot) {
        int at = htmlWithCaret.indexOf('^');
        String html = htmlWithCaret.substring(0, at) + htmlWithCaret.substring(at + 1);
        return SpecTreeJudge.violations(html, List.of(new Splice(at, slot)));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a slot at a real gap passes")
    @ValueSource(strings = {
        "<p>One.</p>^<p>Two.</p>",
        "<p>One.</p>\n^\n<p>Two.</p>",
        "<div><section><p>One.</p>^</section></div>",
        "<p>One.</p><!-- note -->^<h2>Two</h2>",
        "<p>One.</p>^",
        "^<p>One.</p>",
        "<p>One.</p>^<noscript><p>No scripts.</p></noscript>",
        "<p>One <b>bold</b></p>\n^<p>Two.</p>",
        "<div>intro text\n^<p>Two.</p></div>",
        "<p>One.</p></body>^<p>Two.</p>",
        "<p>One.</p></html>^",
        "&#x3C;&#^",
        "<p>One.</p><p>&amp^",
    })
    void legalGap(String html) {
        assertThat(judge(html, SLOT)).isEmpty();
        assertThat(judge(html, "\n" + SLOT + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an inline slot (amp-ad) at a real gap passes")
    @ValueSource(strings = {
        "<p>One.</p>^<p>Two.</p>",
        "<div><p>One.</p>^</div>",
    })
    void legalInlineGap(String html) {
        assertThat(judge(html, AMP_SLOT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a misplaced slot is caught")
    @ValueSource(strings = {
        "<p>One ^two.</p>",
        "<p>See <a href=\"/x\">the link</p>\n<p>Second.</p>^<p>Third.</p>",
        "<p>One <b>bold</p>\n<p>Two.</p>^",
        "<font size=\"5\"><p>First.</p>^\n<p>Second.</p></font>",
        "<div>intro <a href=\"/y\">link</div>\n<p>Two.</p>^",
        "<p>Intro <b data-adslot=\"off\">no ads here</p>\n<p>Two.</p>^",
        "<div data-adslot=\"off\"><p>One.</p>^<p>Two.</p></div>",
        "<video data-embed=\"clip-1\" controls/><p>One.</p>^<p>Two.</p>",
        "<ul><li>One</li>^<li>Two</li></ul>",
        "<table><tr><td>One</td></tr>^</table>",
        "<p>One.</p><!-- ^ --><p>Two.</p>",
        "<p title=\"^\">One.</p>",
        "<script>var a = 1;^</script>",
        "<noscript><p>One.</p>^</noscript>",
        "<aside><p>Related.</p>^</aside>",
        "<svg><g></g>^</svg>",
        "<pre>^\nline</pre>",
    })
    void misplacedSlot(String html) {
        assertThat(judge(html, SLOT)).isNotEmpty();
    }

    @Test
    @DisplayName("an amp-ad in a paragraph that only the next <p> closes is caught")
    void inlineSlotInImpliedParagraph() {
        assertThat(judge("<p>One^<p>Two<p>Three", AMP_SLOT))
                .anySatisfy(problem -> assertThat(problem.message()).contains("<amp-ad> stands inside <p>"));
    }

    @Test
    @DisplayName("a slot inside noscript is caught in the scripting-off reading, where it is markup")
    void noscriptReadAsMarkup() {
        assertThat(SpecTreeJudge.violations("<noscript><p>One.</p></noscript>",
                List.of(new Splice("<noscript><p>One.</p>".length(), SLOT)), SpecReading.SCRIPTING_OFF))
                .anySatisfy(problem -> assertThat(problem.message()).contains("<aside> stands inside <noscript>"));
    }

    @Test
    @DisplayName("a slot in a select that only the scripting-off reading opens is an issue 14 problem")
    void scriptingOffOnlyIsIssue14() {
        String html = "<noscript><select></noscript><p>One.</p>";
        assertThat(SpecTreeJudge.violations(html, List.of(new Splice(html.length(), SLOT))))
                .isNotEmpty().allSatisfy(problem -> assertThat(problem.issue14()).isTrue());
    }

    @Test
    @DisplayName("an attribute name ending in a lone surrogate is read, not thrown at (an exploration finding)")
    void attributeNameWithLoneSurrogate() {
        assertThat(judge("<div \uDBB0 a\uD864>One.</div>^<p>Two.</p>", SLOT)).isEmpty();
    }

    @Test
    @DisplayName("a comment nested in a comment and followed by a character and > goes on to its --> as in the Standard (exploration findings)")
    void nestedCommentBeforeGreaterThan() {
        assertThat(judge("<!--<!--<><ul><li>x<!-- y -->^<p>Two.</p>", SLOT)).isEmpty();
        assertThat(judge("<!--a<!--x>y<ul><li>z-->^<p>Two.</p>", SLOT)).isEmpty();
        assertThat(judge("<!--a<!--->^<p>Two.</p>", SLOT)).isEmpty(); // <!---> ends the comment: the > stays
    }

    @Test
    @DisplayName("an article that writes the judge's own marks is not taken for a slot (a Jazzer finding)")
    void articleWithTheJudgesMarks() {
        String html = "<p data-judge-slot>One.</p><!--judge-slot-at 0--><p data-judge-slot=\"0\">Two.</p>";
        assertThat(judge(html.replace("<!--judge", "^<!--judge"), SLOT)).isEmpty();
    }

    @Test
    @DisplayName("a slot inside a reopened link names the link")
    void reopenedLinkNamed() {
        assertThat(judge("<p>See <a href=\"/x\">the link</p>\n<p>Second.</p>^", SLOT))
                .anySatisfy(problem -> assertThat(problem.message()).contains("inside <a>"));
    }

    @Test
    @DisplayName("a slot text run is left out exactly: whitespace of the article beside it still counts")
    void slotTextLeftOutExactly() {
        String html = "<p>One.</p>\n\n<p>Two.</p>";
        int gap = "<p>One.</p>\n".length();
        assertThat(SpecTreeJudge.violations(html, List.of(new Splice(gap, "\n" + SLOT + "\n")))).isEmpty();
        // a slot whose own text went missing would leave the article's text different
        assertThat(SpecTreeJudge.firstDifference(List.of("\"\n\n\""), List.of("\"\n\""))).isNotNull();
    }
}
