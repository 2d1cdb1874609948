package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.FixedSample;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The word counter's fast path (a class table for chars below U+0100) and its per-character path must
 * count alike, and the state carried between two {@code feed} calls must be exact: the scanner feeds a
 * block's text in as many pieces as there are tags in it.
 */
class WordCounterTest {

    @Test
    @DisplayName("Counts words with a letter or digit, collapses whitespace, counts CJK by two characters")
    void countsWordsAndWidths() {
        assertThat(count("The council\u2019s plan \u2014 2024: don't  stop.")).isEqualTo(new int[] {6, 38});
        assertThat(count("- \u2014 \u00A0 ... ")).isEqualTo(new int[] {0, 8});
        assertThat(count("Stra\u00DFe M\u00FCller\u00ADs caf\u00E9")).isEqualTo(new int[] {3, 19});
        assertThat(count("\u6771\u4EAC\u90FD abc")).isEqualTo(new int[] {3, 10});
        assertThat(count("a&nbsp;b &amp; c&shy;d")).isEqualTo(new int[] {3, 8});
    }

    @Test
    @DisplayName("No Han, Hiragana, Katakana or Thai code point lies between the Thai block and U+2E80, which the counter skips")
    void unspacedScriptShortcutHolds() {
        for (int cp = 0x0E80; cp < 0x2E80; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            assertThat(script).as("U+%04X", cp).isNotIn(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI);
        }
    }

    @Property(tries = 300, seed = FixedSample.SEED)
    @Label("Feeding a text in pieces counts exactly as feeding it whole")
    void piecesCountAsTheWhole(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 200) int cutA,
                               @ForAll @IntRange(min = 0, max = 200) int cutB) {
        int a = Math.min(cutA, text.length());
        int b = Math.max(a, Math.min(cutB, text.length()));
        WordCounter whole = new WordCounter();
        whole.feed(text, 0, text.length());
        WordCounter pieces = new WordCounter();
        pieces.feed(text, 0, a);
        pieces.feed(text, a, b);
        pieces.feed(text, b, text.length());
        assertThat(counts(pieces)).isEqualTo(counts(whole));
    }

    @Property(tries = 300, seed = FixedSample.SEED)
    @Label("The fast path counts as the per-character path does, char by char")
    void fastPathAgreesWithCharByChar(@ForAll("texts") String text) {
        WordCounter whole = new WordCounter();
        whole.feed(text, 0, text.length());
        WordCounter single = new WordCounter();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                single.feed(text, i, i + 2);
                i++;
            } else {
                single.feed(text, i, i + 1);
            }
        }
        assertThat(counts(single)).isEqualTo(counts(whole));
    }

    @Property(tries = 500, seed = FixedSample.SEED)
    @Label("The class tables count exactly as the per-character rules")
    void tablesAgreeWithRules(@ForAll("texts") String text) {
        WordCounter fast = new WordCounter();
        fast.feed(text, 0, text.length());
        WordCounter rules = new WordCounter();
        rules.feedByRules(text, 0, text.length());
        assertThat(counts(fast)).isEqualTo(counts(rules));
    }

    @Test
    @DisplayName("Every char of Latin-1 and of General Punctuation, between words and doubled, counts as the rules say, also read eight at a time")
    void everyTableCharAgreesWithRules() {
        for (int c = 0; c < 0x2070; c = c == 0xFF ? 0x2000 : c + 1) {
            if (c == '&') {
                continue;
            }
            String ch = String.valueOf((char) c);
            String text = "ab" + ch + "cd " + ch + ch + " e" + ch;
            WordCounter fast = new WordCounter();
            fast.feed(text, 0, text.length());
            WordCounter eight = new WordCounter(Latin1Window.forSource(text));
            eight.feed(text, 0, text.length());
            WordCounter rules = new WordCounter();
            rules.feedByRules(text, 0, text.length());
            assertThat(counts(fast))
                    .as("U+%04X", c)
                    .isEqualTo(counts(rules));
            assertThat(counts(eight))
                    .as("U+%04X eight at a time", c)
                    .isEqualTo(counts(rules));
        }
    }

    @Property(tries = 1000, seed = FixedSample.SEED)
    @Label("Reading eight chars at a time counts exactly as the per-character rules, in pieces and with references")
    void eightAtATimeAgreesWithRules(@ForAll("latin1Texts") String text, @ForAll @IntRange(min = 0, max = 300) int cutA,
                                     @ForAll @IntRange(min = 0, max = 300) int cutB) {
        int a = Math.min(cutA, text.length());
        int b = Math.max(a, Math.min(cutB, text.length()));
        WordCounter eight = new WordCounter(Latin1Window.forSource(text));
        eight.feed(text, 0, a);
        eight.feed(text, a, b);
        eight.breakWord();
        eight.feed(text, b, text.length());
        WordCounter rules = new WordCounter();
        rules.feedByRules(text, 0, a);
        rules.feedByRules(text, a, b);
        rules.breakWord();
        rules.feedByRules(text, b, text.length());
        assertThat(counts(eight)).isEqualTo(counts(rules));
    }

    @Test
    @DisplayName("Eight at a time reads across windows and around chars above U+00FF")
    void eightAtATimeAcrossWindowsAndWideText() {
        String latin = "Word, 42 words\u00A0and caf\u00E9 &amp; more - text. ".repeat(400);
        String text = latin + "\u201Cquoted\u201D " + latin;
        WordCounter eight = new WordCounter(Latin1Window.forSource(text));
        WordCounter rules = new WordCounter();
        for (int from = 0; from < text.length(); from += 37) {
            int to = Math.min(text.length(), from + 37);
            eight.feed(text, from, to);
            rules.feedByRules(text, from, to);
        }
        assertThat(text.length()).isGreaterThan(2 * Latin1Window.CHARS);
        assertThat(counts(eight)).isEqualTo(counts(rules));
    }

    /** Mostly ASCII text with Latin-1 letters, controls, references, typographic punctuation and now and then a wide char. */
    @Provide
    Arbitrary<String> latin1Texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars(" \t\n\r-.,'!?()/:;").withCharRange('a', 'z').withCharRange('A', 'Z')
                        .withCharRange('0', '9').ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u2000', '\u206F').withChars(" ab").ofMaxLength(12),
                Arbitraries.of("&amp;", "&nbsp;", "&shy;", "&#x4E00;&#x4E8C;", "&#65;", "&", "&bogus", "&mdash;",
                        "\u00AD", "\u00A0", "\u2019", "\u6771\u4EAC", "\u00E9t\u00E9", "\uD83D\uDE00", "\uD800", "\uDC00x"));
        return piece.list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    /** Text without references (a reference cut in two reads differently by design). */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars(" \t\n\u00A0\u00AD\u2014\u201C\u201D-.,'ab Zz09\u00FC\u00DF\u6771\u4EAC\u3042\u0E01\u200B\u0085")
                .withCharRange('\u0000', '\u00FF')
                .withCharRange('\u2000', '\u206F')
                .ofMaxLength(200)
                .filter(s -> s.indexOf('&') < 0);
    }

    private static int[] count(String text) {
        WordCounter counter = new WordCounter();
        counter.feed(text, 0, text.length());
        return counts(counter);
    }

    /** Words and text length so far, as one value to compare. */
    private static int[] counts(WordCounter counter) {
        return new int[] {counter.words(), counter.textLength()};
    }
}
