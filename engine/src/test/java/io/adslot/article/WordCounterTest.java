package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
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

    @Property(tries = 300)
    @DisplayName("Feeding a text in pieces counts exactly as feeding it whole")
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
        assertThat(new int[] {pieces.words(), pieces.textLength()})
                .isEqualTo(new int[] {whole.words(), whole.textLength()});
    }

    @Property(tries = 300)
    @DisplayName("The fast path counts as the per-character path does, char by char")
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
        assertThat(new int[] {single.words(), single.textLength()})
                .isEqualTo(new int[] {whole.words(), whole.textLength()});
    }

    @Property(tries = 500)
    @DisplayName("The class tables count exactly as the per-character rules")
    void tablesAgreeWithRules(@ForAll("texts") String text) {
        WordCounter fast = new WordCounter();
        fast.feed(text, 0, text.length());
        WordCounter rules = new WordCounter();
        rules.feedByRules(text, 0, text.length());
        assertThat(new int[] {fast.words(), fast.textLength()})
                .isEqualTo(new int[] {rules.words(), rules.textLength()});
    }

    @Test
    @DisplayName("Every char of Latin-1 and of General Punctuation, between words and doubled, counts as the rules say")
    void everyTableCharAgreesWithRules() {
        for (int c = 0; c < 0x2070; c = c == 0xFF ? 0x2000 : c + 1) {
            if (c == '&') {
                continue;
            }
            String ch = String.valueOf((char) c);
            String text = "ab" + ch + "cd " + ch + ch + " e" + ch;
            WordCounter fast = new WordCounter();
            fast.feed(text, 0, text.length());
            WordCounter rules = new WordCounter();
            rules.feedByRules(text, 0, text.length());
            assertThat(new int[] {fast.words(), fast.textLength()})
                    .as("U+%04X", c)
                    .isEqualTo(new int[] {rules.words(), rules.textLength()});
        }
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
        return new int[] {counter.words(), counter.textLength()};
    }
}
