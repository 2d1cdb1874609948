package io.adslot.benchmarks.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleGeneratorTest {

    @ParameterizedTest
    @CsvSource({"NEWS, LATIN1", "NEWS, UTF16", "MANY_PARAGRAPHS, UTF16", "DEEP_NESTING, LATIN1",
                "UNTERMINATED_QUOTE, LATIN1"})
    @DisplayName("the same arguments give the same article")
    void deterministic(Shape shape, Flavour flavour) {
        assertThat(ArticleGenerator.generate(shape, flavour, 50_000))
                .isEqualTo(ArticleGenerator.generate(shape, flavour, 50_000));
    }

    @ParameterizedTest
    @CsvSource({"1KB", "2KB", "20KB", "200KB", "2MB"})
    @DisplayName("news articles come within 2% (or 40 chars) of their target size, in both flavours")
    void newsSize(String size) {
        int target = Sizes.parse(size);
        for (Flavour flavour : Flavour.values()) {
            int length = ArticleGenerator.news(flavour, target).length();
            assertThat(length).as(flavour + " " + size)
                    .isBetween(target - Math.max(40, target / 50), target + 40);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    @DisplayName("every shape comes within 5% (or 40 chars) of its target size")
    void shapeSize(Shape shape) {
        for (int target : new int[] {Sizes.parse("1KB"), Sizes.parse("200KB")}) {
            int length = ArticleGenerator.generate(shape, Flavour.UTF16, target).length();
            assertThat(length).as(shape + " at " + target)
                    .isBetween(target - Math.max(40, target / 20), target + Math.max(40, target / 20));
        }
    }

    @Test
    @DisplayName("the LATIN1 flavour is ASCII only; the UTF16 flavour has typographic quotes and dashes")
    void flavours() {
        String latin1 = ArticleGenerator.news(Flavour.LATIN1, 20 * 1024);
        String utf16 = ArticleGenerator.news(Flavour.UTF16, 20 * 1024);

        assertThat(latin1.chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(utf16).contains("\u201C", "\u201D", "\u2019", "\u2014", "\u2013");
        assertThat(utf16.chars().anyMatch(c -> c > 0xFF)).isTrue();
    }

    @Test
    @DisplayName("even a 1 KB UTF16 article holds a character beyond Latin-1, so Java keeps it in UTF-16")
    void smallestUtf16IsUtf16() {
        assertThat(ArticleGenerator.news(Flavour.UTF16, 1024).chars().anyMatch(c -> c > 0xFF)).isTrue();
    }

    @Test
    @DisplayName("a 20 KB news article has the shape of real news markup")
    void newsShape() {
        String article = ArticleGenerator.news(Flavour.UTF16, 20 * 1024);

        assertThat(article).startsWith("<div class=\"article-body\"")
                .contains("<h2>", "<figure", "<img ", "<figcaption>", "<blockquote", "<a href=", "<strong>",
                          "<div class=\"row\"><div class=\"col-md-8 column\">", "<script")
                .containsAnyOf("<ul>", "<ol>");
        assertThat(count(article, "<p>")).isGreaterThan(20);
    }

    @Test
    @DisplayName("the canonical adversarial shapes are those issue 7 names")
    void canonicalShapes() {
        assertThat(count(ArticleGenerator.canonical(Shape.DEEP_NESTING, Flavour.LATIN1), "<div>")).isEqualTo(100_000);
        assertThat(ArticleGenerator.canonical(Shape.LESS_THAN_FLOOD, Flavour.LATIN1).chars().filter(c -> c == '<')
                .count()).isEqualTo(1_000_000 + 2);
        assertThat(count(ArticleGenerator.canonical(Shape.MANY_PARAGRAPHS, Flavour.UTF16), "<p>")).isEqualTo(50_000);
    }

    @Test
    @DisplayName("the unterminated shapes open a comment, a script or a quote at the start and never close it")
    void unterminated() {
        int size = 100 * 1024;
        String comment = ArticleGenerator.generate(Shape.UNTERMINATED_COMMENT, Flavour.LATIN1, size);
        String script = ArticleGenerator.generate(Shape.UNTERMINATED_SCRIPT, Flavour.LATIN1, size);
        String quote = ArticleGenerator.generate(Shape.UNTERMINATED_QUOTE, Flavour.LATIN1, size);

        assertThat(comment).startsWith("<!--").doesNotContain("-->");
        assertThat(script).startsWith("<script>").doesNotContain("</script");
        assertThat(quote).startsWith("<div data-note='");
        assertThat(quote.indexOf('\'', "<div data-note='".length())).isEqualTo(-1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
