package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BodyFingerprintTest {

    /** A body of several chunks of Latin-1 text. */
    private static final String LATIN1 = "<p>plain text, no typographic marks.</p>\n".repeat(300);

    @Test
    @DisplayName("The same text in two strings has one fingerprint")
    void sameTextSameFingerprint() {
        String copy = new String(LATIN1.toCharArray());

        assertThat(BodyFingerprint.of(copy)).isEqualTo(BodyFingerprint.of(LATIN1));
    }

    @Test
    @DisplayName("One char changed anywhere, before or after the first UTF-16 char, changes the fingerprint")
    void anEditChangesIt() {
        String wide = LATIN1.substring(0, 3000) + "\u201C" + LATIN1.substring(3001);
        long original = BodyFingerprint.of(wide).fingerprint();
        for (int at : new int[] {0, 2047, 2048, 2999, 3001, 6000, wide.length() - 1}) {
            char[] edited = wide.toCharArray();
            edited[at] = edited[at] == 'x' ? 'y' : 'x';

            assertThat(BodyFingerprint.of(new String(edited)).fingerprint()).as("edit at %d", at).isNotEqualTo(original);
        }
    }

    @Test
    @DisplayName("A body is UTF-16 when it holds a char above U+00FF, in any chunk; Latin-1 letters such as é are not")
    void coder() {
        assertThat(BodyFingerprint.of(LATIN1 + "caf\u00E9").utf16()).isFalse();
        assertThat(BodyFingerprint.of(LATIN1 + "\u2014").utf16()).isTrue();
        assertThat(BodyFingerprint.of("\u2014" + LATIN1).utf16()).isTrue();
        assertThat(BodyFingerprint.of("").utf16()).isFalse();
        assertThat(BodyFingerprint.isUtf16(LATIN1 + "caf\u00E9")).isFalse();
        assertThat(BodyFingerprint.isUtf16(LATIN1 + "\u2014")).isTrue();
        assertThat(BodyFingerprint.isUtf16("short \u2014")).isTrue();
    }

    @Test
    @DisplayName("A splice builder of one coder is never handed out for the other")
    void oneBuilderPerCoder() {
        StringBuilder wide = SpliceBuffer.take(100, true);
        wide.append("\u201Cquoted\u201D");
        StringBuilder narrow = SpliceBuffer.take(100, false);

        assertThat(narrow).isNotSameAs(wide).isEmpty();
        assertThat(SpliceBuffer.take(100, true)).isSameAs(wide).isEmpty();
    }
}
