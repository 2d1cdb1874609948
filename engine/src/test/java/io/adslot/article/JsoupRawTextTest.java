package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.FixedSample;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
