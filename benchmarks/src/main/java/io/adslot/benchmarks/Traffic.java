package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Corpus;
import io.adslot.benchmarks.input.Flavour;
import java.util.ArrayList;
import java.util.List;

/**
 * The article sets of real traffic that {@link TrafficBenchmark} serves, one request per article:
 * <ul>
 *   <li>{@value #MIXED}: generated 20 KB news articles, Latin-1 and UTF-16 interleaved in one sequence
 *       (a thread serving a news site sees both, in no order), a given share of them UTF-16;</li>
 *   <li>a folder of the corpus ({@code trafilatura-raw}, {@code readability}): its bodies as they are, in
 *       their own mix of Latin-1 and UTF-16 (a Java string is UTF-16 as soon as it holds one char above
 *       U+00FF: a typographic quote or dash does it).</li>
 * </ul>
 */
final class Traffic {

    /** The generated mix. */
    static final String MIXED = "mixed";

    /** Articles in the generated mix: enough for the interleaving to follow a share given in hundredths. */
    static final int MIXED_ARTICLES = 20;

    /** Size of each generated article, the size of the generated tables. */
    static final int MIXED_CHARS = 20 * 1024;

    private Traffic() {
    }

    /**
     * The bodies of one traffic.
     *
     * @param traffic    {@value #MIXED} or a corpus folder name
     * @param utf16Share for {@value #MIXED}: the share of UTF-16 articles, 0 to 1
     * @throws IllegalStateException when a corpus folder is asked for and not found
     */
    static List<String> bodies(String traffic, double utf16Share) {
        if (traffic.equals(MIXED)) {
            return mixed(utf16Share);
        }
        List<Corpus.Article> articles = Corpus.folder()
                .map(folder -> Corpus.loadFrom(folder.resolve(traffic)))
                .orElse(List.of());
        if (articles.isEmpty()) {
            throw new IllegalStateException("no corpus folder '" + traffic + "' found: looked in -D"
                    + Corpus.PROPERTY + ", then ../shared/corpus next to the repository root");
        }
        return articles.stream().map(Corpus.Article::html).toList();
    }

    /**
     * {@link #MIXED_ARTICLES} generated news articles, the UTF-16 ones spread evenly among the Latin-1 ones
     * (the i-th article is UTF-16 when the running count of UTF-16 articles due passes a whole number). The
     * lengths differ by a few chars, so that every article is a body of its own.
     */
    static List<String> mixed(double utf16Share) {
        if (utf16Share < 0 || utf16Share > 1) {
            throw new IllegalArgumentException("utf16Share must be within 0 and 1, was " + utf16Share);
        }
        List<String> bodies = new ArrayList<>(MIXED_ARTICLES);
        long wideSoFar = 0;
        for (int i = 0; i < MIXED_ARTICLES; i++) {
            long wideDue = Math.round((i + 1) * utf16Share);
            Flavour flavour = wideDue > wideSoFar ? Flavour.UTF16 : Flavour.LATIN1;
            wideSoFar = wideDue;
            bodies.add(ArticleGenerator.news(flavour, MIXED_CHARS + 16 * i));
        }
        return List.copyOf(bodies);
    }

    /** True when Java stores the string in UTF-16: it holds a char above U+00FF. */
    static boolean isUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** The share of UTF-16 strings among {@code bodies}. */
    static double utf16Share(List<String> bodies) {
        return bodies.isEmpty() ? 0 : bodies.stream().filter(Traffic::isUtf16).count() / (double) bodies.size();
    }
}
