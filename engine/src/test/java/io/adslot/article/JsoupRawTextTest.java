package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.FixedSample;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsoupRawTextTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("jsoup reads an end tag's name in raw text up to a space, '/' or '>', whatever lies between")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x</script><p>y                     | x
            x</p.</script><p>y                 | x</p.</script><p>y
            x</sc</script><p>y                 | x</sc</script><p>y
            x</p.>y</script><p>z               | x</p.>y
            x</p </script><p>y                 | `x</p `
            `'</scr'+'ipt>'</script><p>y`      | `'</scr'+'ipt>'`
            x</p.</x>y</script><p>z            | x</p.</x>y
            """)
    void endsWhereJsoupDoes(String script, String text) {
        assertThat(script.substring(0, JsoupRawText.end(script, "script", 0))).isEqualTo(text);
    }

    @Property(tries = 3000, seed = FixedSample.SEED)
    @Label("ends the text of every raw-text element where jsoup itself does, for random raw text")
    void agreesWithJsoup(@ForAll("elements") String element, @ForAll("rawText") String text) {
        String html = "<" + element + ">" + text + "</" + element + "><b>y</b>";
        Element parsed = Jsoup.parseBodyFragment(html).body().selectFirst(element);
        int start = element.length() + 2;
        assertThat(JsoupRawText.end(html, element, start)).isEqualTo(start + parsed.data().length());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("jsoup may read a title or textarea on past its end tag after a false end-tag start of two or more letters that runs into anything but a space, '/' or '>'")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x</hl         | true
            x</hl<b>      | true
            x</ti2        | true
            `x</tit'`     | true
            x</h          | false
            x</h1         | false
            x</hl>        | false
            x</hl/        | false
            `x</hl `      | false
            x</<b>        | false
            """)
    void rcdataMayEndElsewhere(String text, boolean mayEndElsewhere) {
        for (String element : List.of("title", "textarea")) {
            String html = "<" + element + ">" + text + "</" + element + "><b>y</b>";
            int start = element.length() + 2;
            assertThat(JsoupRawText.mayEndRcdataElsewhere(element, html, start, start + text.length()))
                    .as(element).isEqualTo(mayEndElsewhere);
        }
    }

    @Property(tries = 3000, seed = FixedSample.SEED)
    @Label("jsoup ends the text of a title or textarea where a browser does wherever it is not said it may not")
    void rcdataEndsWhereABrowserDoes(@ForAll("rcdataElements") String element, @ForAll("rcdataText") String text,
            @ForAll boolean anotherEndTagLater) {
        String html = "<" + element + ">" + text + "</" + element + "><b>y</b>" + (anotherEndTagLater ? "</" + element + ">z" : "");
        int start = element.length() + 2;
        int browserEnd = start + text.length();
        Assume.that(firstEndTag(html, element, start) == browserEnd);
        Element parsed = Jsoup.parseBodyFragment(html).body().selectFirst(element);
        if (!JsoupRawText.mayEndRcdataElsewhere(element, html, start, browserEnd)) {
            assertThat(parsed.wholeText()).isEqualTo(Parser.unescapeEntities(text, false));
        }
    }

    /** Where a browser ends the text: at the first end tag of the element's name followed by a space, '/' or '>'. */
    private static int firstEndTag(String html, String element, int from) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (int at = lower.indexOf("</" + element, from); at >= 0; at = lower.indexOf("</" + element, at + 1)) {
            int after = at + 2 + element.length();
            if (after == html.length() || " \t\n\f\r/>".indexOf(html.charAt(after)) >= 0) {
                return at;
            }
        }
        return html.length();
    }

    @Provide
    Arbitrary<String> rcdataElements() {
        return Arbitraries.of("title", "textarea");
    }

    @Provide
    Arbitrary<String> rcdataText() {
        return Arbitraries.of("<", "/", ">", "h", "l", "t", "i", "e", "1", "'", " ", "\n", "</", "</h", "</hl", "</ti",
                        "</title", "</textarea", "<b>", "</b>")
                .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> elements() {
        return Arbitraries.of("script", "style", "xmp", "iframe", "noembed", "noframes");
    }

    @Provide
    Arbitrary<String> rawText() {
        return Arbitraries.of("<", "/", ">", "p", "s", "c", "r", "i", "t", ".", " ", "'", "\n", "</", "</p", "</script>",
                        "</style>", "</xmp>", "</iframe>", "</noembed>", "</noframes>", "<script>", "<!--", "-->")
                .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
