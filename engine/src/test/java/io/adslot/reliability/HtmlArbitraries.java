package io.adslot.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated article bodies, from tidy to hostile. All are lists of fragments joined together, so
 * that jqwik shrinks a failure to the few fragments that cause it.
 */
final class HtmlArbitraries {

    private HtmlArbitraries() {
    }

    /** Words of visible text: ASCII, accents, CJK, an emoji (a surrogate pair), entities, quotes. */
    static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.of(
                "word", "Zeitung", "été", "новости", "日本語の記事", "😀", "&amp;", "&lt;p&gt;", "&nbsp;", "&#x3C;", "“quoted”",
                "don't", "a\"b", "x>y", "1 < 2", "—", "\u00a0", "tab\there", "line\r\nbreak");
        return word.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
    }

    private static Arbitrary<String> attributes() {
        return Arbitraries.of(
                "", " class=\"lead\"", " id=intro", " data-x='a>b'", " title=\"say \"\"hi\"\"\"", " data-adslot=\"off\"",
                " style=\"color:red\"", " hidden", " data-y=\"<p>not a tag</p>\"", " onclick='x=\"<\"'", " class=a/b");
    }

    private static Arbitrary<String> inline() {
        return Arbitraries.oneOf(
                text(),
                text().map(t -> "<b>" + t + "</b>"),
                text().map(t -> "<a href=\"/x?a=1&b=2\">" + t + "</a>"),
                text().map(t -> "<em class=\"x\">" + t + "</em>"),
                Arbitraries.just("<br>"),
                Arbitraries.just("<img src=\"a.jpg\" width=\"600\" height=\"400\" alt=\"a > b\">"),
                Arbitraries.just("<!-- inline comment -->"),
                Arbitraries.just("<script>document.write('<p>');</script>"),
                Arbitraries.just("<span data-x=\"1\">x</span>"));
    }

    private static Arbitrary<String> inlines() {
        return inline().list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
    }

    /** One well-formed block. */
    static Arbitrary<String> block() {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Combinators.combine(attributes(), inlines()).as((a, t) -> "<p" + a + ">" + t + "</p>"),
                Combinators.combine(Arbitraries.integers().between(1, 6), inlines()).as((l, t) -> "<h" + l + ">" + t + "</h" + l + ">"),
                inlines().list().ofMinSize(1).ofMaxSize(4).map(items -> "<ul>" + items.stream().map(i -> "<li>" + i + "</li>").reduce("", String::concat) + "</ul>"),
                inlines().map(t -> "<ol start=\"3\"><li>" + t + "</li><li><p>nested</p></li></ol>"),
                inlines().map(t -> "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>" + t + "</td></tr></tbody></table>"),
                inlines().map(t -> "<blockquote><p>" + t + "</p><p>more</p></blockquote>"),
                inlines().map(t -> "<figure><img src=\"p.jpg\"><figcaption>" + t + "</figcaption></figure>"),
                inlines().map(t -> "<pre><code>" + t.replace("<", "&lt;") + "\n  x < y && z > 0\n</code></pre>"),
                Arbitraries.just("<iframe src=\"https://example.com/embed\" width=\"560\" height=\"315\"></iframe>"),
                Arbitraries.just("<video controls><source src=\"v.mp4\"></video>"),
                Arbitraries.just("<svg width=\"10\" height=\"10\"><circle r=\"4\"/></svg>"),
                Arbitraries.just("<script type=\"text/javascript\">if (a < b && c > d) { x = '</div>'; }</script>"),
                Arbitraries.just("<style>p > a { color: red }</style>"),
                Arbitraries.just("<!-- a comment with <p> inside -->"),
                Arbitraries.just("<!-- adslot:here -->"),
                Arbitraries.just("<hr>"),
                Arbitraries.just("<aside class=\"related\"><p>related</p></aside>"),
                Arbitraries.just("<my-widget data-id=\"3\"><p>inside a component</p></my-widget>"),
                inlines());
        return Arbitraries.oneOf(
                leaf, leaf,
                Combinators.combine(attributes(), leaf.list().ofMinSize(1).ofMaxSize(3))
                        .as((a, blocks) -> "<div" + a + ">" + String.join("\n", blocks) + "</div>"),
                leaf.list().ofMinSize(1).ofMaxSize(3).map(blocks -> "<section><div>" + String.join("", blocks) + "</div></section>"));
    }

    /** Well-formed article bodies. */
    static Arbitrary<String> validHtml() {
        return block().list().ofMaxSize(25).map(blocks -> String.join("\n", blocks));
    }

    /**
     * Pieces of markup that break things: unclosed, stray and mis-nested tags, open quotes, comments, scripts,
     * links left open around whole blocks (the HTML parser's adoption agency), SVG and MathML.
     */
    private static Arbitrary<String> soupToken() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "<p>", "</p>", "<p class=\"x\">", "<div>", "</div>", "<section>", "</section>", "<h2>", "</h2>", "</h3>",
                        "<ul>", "<li>", "</li>", "</ul>", "<ol>", "<dl><dt>", "<dd>", "<table>", "<tr>", "<td>", "</td>", "</table>",
                        "<tbody>", "<caption>", "<blockquote>", "</blockquote>", "<figure>", "</figure>", "<figcaption>",
                        "<pre>", "</pre>", "<b>", "</b>", "<i>", "</i>", "<a href=x>x</a>", "</a>", "<a href=y>", "<span>", "</span>", "<font>",
                        "<br/>", "<img src=a>", "<img src=\"b\"/>", "<hr>", "<iframe src=y>", "</iframe>", "<video>", "</video>",
                        "<svg>", "</svg>", "<math>", "<embed>", "<object>", "</object>", "<picture>",
                        "<script>", "</script>", "<script src=x></script>", "<style>", "</style>", "<textarea>", "</textarea>",
                        "<title>", "<noscript>", "</noscript>", "<template>", "</template>", "<xmp>", "<plaintext>",
                        "<!--", "-->", "--!>", "<!-->", "<!--->", "<!-- adslot:here -->", "<!-- adslot:off -->", "<!---->",
                        "<!DOCTYPE html>", "<![CDATA[x]]>", "<?php echo 1 ?>", "</>", "</ >", "</ p>", "<//p>", "<>", "< p>",
                        "<p/>", "<div/>", "<abbr/b>", "<p\"x\">", "<p =x>", "<p a=\"1\"b=2>", "<div class=\"", "<div class='",
                        "\"", "'", "<", ">", "/", "=", "&", "&#", "&amp", "<aside>", "</aside>", "<form>", "<button>", "<select>",
                        "<option>", "<my-card>", "</my-card>", "<amp-img width=1>", "<html>", "<body>", "</body>", "<head>",
                        "<div data-adslot=off>", "<p data-adslot=\"off\">", "<button>", "</button>", "<label>", "<h1>", "</h1>",
                        "<details>", "<summary>", "<dialog>", "<nav>", "<listing>", "<frameset>", "<col>", "<center>",
                        "\n", " ", "\t", "\r\n", "\f"),
                foreignToken(),
                text(),
                block());
    }

    /**
     * SVG and MathML: foreign elements (a script or style there is not raw text), integration points where
     * HTML rules resume, CDATA sections, self-closing tags, and the tags that break out of foreign content.
     */
    private static Arbitrary<String> foreignToken() {
        return Arbitraries.of(
                "<svg>", "</svg>", "<svg/>", "<math>", "</math>", "<g>", "</g>", "<circle r=1/>", "<text>", "</text>",
                "<foreignObject>", "</foreignObject>", "<desc>", "</desc>", "<title>", "</title>", "<mi>", "</mi>",
                "<mtext>", "<mglyph>", "<annotation-xml encoding=\"text/html\">", "<annotation-xml>", "</annotation-xml>",
                "<script>", "<style>", "<textarea>", "<script/>", "<![CDATA[", "<![CDATA[<p>x]]>", "]]>",
                "<font color=red>", "<font>", "</font>", "</br>", "</p>", "<p>", "<div>", "<b>", "<ul><li>");
    }

    /** Random tag soup from the tokens above. */
    static Arbitrary<String> tagSoup() {
        return soupToken().list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** Random bytes decoded as UTF-8 (so: replacement characters), biased towards markup characters. */
    static Arbitrary<String> randomUtf8() {
        Arbitrary<Byte> anyByte = Arbitraries.bytes();
        Arbitrary<Byte> markupByte = Arbitraries.of((byte) '<', (byte) '>', (byte) '/', (byte) '!', (byte) '-', (byte) '"',
                (byte) '\'', (byte) '=', (byte) ' ', (byte) 'p', (byte) 'a', (byte) '\n');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, anyByte),
                        net.jqwik.api.Tuple.of(2, markupByte))
                .list().ofMaxSize(600)
                .map(HtmlArbitraries::decode);
    }

    private static String decode(List<Byte> bytes) {
        byte[] raw = new byte[bytes.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = bytes.get(i);
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** Tag soup with lone surrogates, NULs, noncharacters and byte-order marks mixed in. */
    static Arbitrary<String> oddCharacters() {
        Arbitrary<String> odd = Arbitraries.oneOf(
                Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf),
                Arbitraries.of("\u0000", "\uFFFF", "\uFEFF", "\uFFFD", "\u0085", "\u2028", "\u000B", "\u001B", "\uDBFF\uDFFF"));
        return Arbitraries.oneOf(soupToken(), odd, odd).list().ofMaxSize(50).map(parts -> String.join("", parts));
    }

    /** Any of the above. */
    static Arbitrary<String> anyArticle() {
        return Arbitraries.oneOf(validHtml(), tagSoup(), tagSoup(), randomUtf8(), oddCharacters());
    }
}
