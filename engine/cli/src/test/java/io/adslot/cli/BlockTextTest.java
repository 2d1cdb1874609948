package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BlockText: the first words of a block, as a reader sees them")
class BlockTextTest {

    private static String words(String html, int max) {
        return BlockText.firstWords(html, 0, html.length(), max);
    }

    @Test
    @DisplayName("tags are left out; inline tags do not split a word, other tags do")
    void tags() {
        assertThat(words("<p><b>W</b>ord and <a href='x'>link</a></p>", 5)).isEqualTo("Word and link");
        assertThat(words("<ul><li>one</li><li>two</li></ul>", 5)).isEqualTo("one two");
        assertThat(words("line<br>break", 5)).isEqualTo("line break");
    }

    @Test
    @DisplayName("comments, scripts and styles are not text")
    void invisible() {
        assertThat(words("<p>a <!-- b c --> d<script>var x = '<p>e</p>';</script><style>p{}</style> f</p>", 9))
                .isEqualTo("a d f");
    }

    @Test
    @DisplayName("entities are decoded and whitespace runs collapse")
    void entities() {
        assertThat(words("Caf&eacute;? &amp; &#8220;quoted&#x201D;&nbsp;&nbsp; end\n\n\tthere", 9))
                .isEqualTo("Caf&eacute;? & “quoted” end there");
    }

    @Test
    @DisplayName("stops after the given number of words with an ellipsis")
    void truncates() {
        assertThat(words("<p>one two three four</p>", 3)).isEqualTo("one two three …");
        assertThat(words("<p>one two three</p>", 3)).isEqualTo("one two three");
        assertThat(words("<img src=x>", 3)).isEmpty();
    }

    @Test
    @DisplayName("a block cut off mid-tag ends the text without failing")
    void unterminated() {
        assertThat(words("<p>text <a href=\"never closed", 5)).isEqualTo("text");
        assertThat(words("<p>text <!-- never closed", 5)).isEqualTo("text");
    }
}
