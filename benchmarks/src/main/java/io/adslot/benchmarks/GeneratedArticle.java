package io.adslot.benchmarks;

/**
 * A deterministic synthetic article body of a given size, shaped like CMS output: a wrapper div,
 * paragraphs with links and emphasis, headings, a list, a figure, an inline script and a comment.
 * With {@code typographic} the text uses curly quotes and dashes (characters above U+00FF), as
 * real articles do; without, it stays in Latin-1 (German umlauts included).
 */
final class GeneratedArticle {

    private static final String[] WORDS = {
        "the", "council", "said", "Müller", "would", "review", "plans", "for", "a", "new", "bridge", "across",
        "river", "after", "years", "of", "delays", "and", "costs", "that", "rose", "above", "estimate", "while",
        "residents", "asked", "whether", "Straße", "traffic", "could", "be", "reduced", "before", "winter"
    };

    private GeneratedArticle() {
    }

    static String of(int targetChars, boolean typographic) {
        String open = typographic ? "\u201C" : "\"";
        String close = typographic ? "\u201D" : "\"";
        String dash = typographic ? " \u2014 " : " - ";
        String apostrophe = typographic ? "\u2019" : "'";
        StringBuilder b = new StringBuilder(targetChars + 2_000);
        b.append("<div class=\"entry-content\" data-id=\"4711\">\n");
        int seed = 17;
        int paragraph = 0;
        while (b.length() < targetChars) {
            paragraph++;
            if (paragraph % 6 == 0) {
                b.append("<h2 id=\"section-").append(paragraph).append("\">Section ").append(paragraph).append("</h2>\n");
            }
            if (paragraph % 9 == 0) {
                b.append("<figure class=\"wp-block-image\"><img src=\"/img/").append(paragraph)
                        .append(".jpg\" width=\"800\" height=\"450\" alt=\"Photo\"><figcaption>Photo: Agency</figcaption></figure>\n");
            }
            if (paragraph % 11 == 0) {
                b.append("<ul>\n<li>First point</li>\n<li>Second point</li>\n<li>Third point</li>\n</ul>\n");
            }
            if (paragraph % 13 == 0) {
                b.append("<!-- related: 1234 --><script>window.dataLayer = window.dataLayer || []; dataLayer.push({\"p\": ")
                        .append(paragraph).append("});</script>\n");
            }
            b.append("<p>");
            int words = 40 + (seed % 30);
            for (int w = 0; w < words; w++) {
                seed = seed * 1103515245 + 12345 & 0x7fffffff;
                String word = WORDS[seed % WORDS.length];
                if (w == 5) {
                    b.append("<a href=\"https://example.com/news/").append(word).append("\">").append(word).append("</a>");
                } else if (w == 12) {
                    b.append(open).append(word).append(apostrophe).append("s").append(close);
                } else if (w == 20) {
                    b.append("<em>").append(word).append("</em>").append(dash.stripTrailing());
                } else {
                    b.append(word);
                }
                b.append(w + 1 == words ? "." : " ");
            }
            b.append("</p>\n");
        }
        b.append("</div>\n");
        return b.toString();
    }
}
