package io.adslot.article;

import io.adslot.FixedSample;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over random markup soup built from the tokens real article bodies are made of, broken
 * ones included (unclosed comments and quotes, stray end tags, raw-text elements, entities, NUL, CJK):
 * the scanner never throws and its blocks are always well formed (see {@link ScanInvariants}).
 */
class BlockScannerPropertiesTest {

    private static final List<String> TOKENS = List.of(
            "<p>", "</p>", "<div>", "</div>", "<section class=\"a\">", "</section>", "text ", " ", "\n", "\0",
            "<h2>", "</h2>", "<ul>", "<li>", "</li>", "</ul>", "<table>", "<tr>", "<td>", "</td>", "</table>",
            "<blockquote>", "</blockquote>", "<figure>", "</figure>", "<img src=x>", "<pre>", "</pre>", "<hr>",
            "<br/>", "<div/>", "<a href=\"#\">", "</a>", "<b>", "</b>", "<span>", "</span>", "<!-- c -->", "<!--",
            "-->", "<!-->", "--!>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<script>", "</script>", "<style>",
            "<textarea>", "<xmp>", "</", "<", ">", "\"", "'", "=", "<p class='", "&nbsp;", "&amp;", "&#x2014;",
            "&", "中文", "مرحبا", "🎉", "<iframe>", "</iframe>", "<my-el>", "<svg>", "<path/>", "</svg>",
            "<!-- adslot:here -->", "<aside data-adslot=off>", "</aside>", "<DIV CLASS=related>", "</Div>");

    private final BlockScanner scanner = new BlockScanner(ScanOptions.ofSelectors(List.of(".related", "#comments")));

    @Property(tries = 400, seed = FixedSample.SEED)
    void blocksAreOrderedDisjointAndInsideTheSource(@ForAll("soup") String html) {
        ScanInvariants.assertWellFormed(scanner.scan(html), html);
    }

    @Property(tries = 200, seed = FixedSample.SEED)
    void scanningIsDeterministic(@ForAll("soup") String html) {
        org.assertj.core.api.Assertions.assertThat(scanner.scan(html)).isEqualTo(scanner.scan(html));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }
}
