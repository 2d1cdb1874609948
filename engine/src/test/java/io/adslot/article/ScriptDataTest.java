package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptDataTest {

    /** The script text of {@code html}, which starts with the script's content: up to the end tag found. */
    private static String text(String html) {
        return html.substring(0, ScriptData.end(html, 0));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the script text ends at the first </script> that the tokenizer's script data states end it at")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # plain script data: the first end tag, in any case, followed by a space, '/' or '>'
            var a = 1;</script>after                                        | var a = 1;
            a</SCRIPT >b                                                   | a
            a</scripts></script>                                           | a</scripts>
            # escaped (after <!--): an end tag still ends it
            <!-- a </script> -->                                           | `<!-- a `
            # double escaped (a <script> inside escaped text): </script> returns to escaped text only
            <!--document.write('<script></script>')--></script>x           | <!--document.write('<script></script>')-->
            <!--<script></script></script>-->                              | <!--<script></script>
            <!--<script>a</script>b--></script>                            | <!--<script>a</script>b-->
            # --> ends the escape anywhere, even in double escaped text
            <!--<script>a--></script>                                      | <!--<script>a-->
            # <!--> and <!---> end the escape at once: the <script> after them is text
            <!--><script></script>                                         | <!--><script>
            <!---><script></script>                                        | <!---><script>
            # a <script that is not a whole tag name does not double escape
            <!--<scripts></script>                                         | <!--<scripts>
            """)
    void endsAt(String html, String expectedText) {
        assertThat(text(html)).isEqualTo(expectedText);
    }

    @Test
    @DisplayName("a script that never ends runs to the end of the input, escaped or not")
    void unterminated() {
        assertThat(ScriptData.end("<!--<script></script>", 0)).isEqualTo(21);
        assertThat(ScriptData.end("var a = '<p>';", 0)).isEqualTo(14);
    }

    @Test
    @DisplayName("scanning is linear: 100,000 escapes each holding a <script> finish at once")
    void linear() {
        String html = "<!--<script>-->".repeat(100_000) + "</script>";
        assertThat(ScriptData.end(html, 0)).isEqualTo(html.length() - 9);
    }
}
