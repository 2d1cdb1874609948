package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An archive record (one line of a JSON Lines export)")
class ArchiveRecordTest {

    private static final long MAX = 1024;

    private static ArchiveRecord.Article article(String json) {
        ArchiveRecord parsed = ArchiveRecord.parse(json, MAX);
        assertThat(parsed).isInstanceOf(ArchiveRecord.Article.class);
        return (ArchiveRecord.Article) parsed;
    }

    private static String rejection(String json) {
        ArchiveRecord parsed = ArchiveRecord.parse(json, MAX);
        assertThat(parsed).isInstanceOf(ArchiveRecord.Rejected.class);
        return ((ArchiveRecord.Rejected) parsed).describe();
    }

    @Test
    @DisplayName("gives id, revision and body; every other field is page context, as --context would give it")
    void fields() {
        ArchiveRecord.Article a = article("{\"id\": 7, \"revision\": 2, \"body\": \"<p>Caf\u00e9</p>\", \"Section\": \"news\","
                + " \"tags\": \"a, b\", \"topics\": [\"x\", 3], \"premium\": false, \"note\": null}");

        assertThat(a.id()).isEqualTo("7");
        assertThat(a.revision()).isEqualTo("2");
        assertThat(a.name()).isEqualTo("7@2");
        assertThat(a.body()).isEqualTo("<p>Caf\u00e9</p>");
        assertThat(a.bytes()).isEqualTo(12);
        assertThat(a.context()).isEqualTo(Map.of("section", List.of("news"), "tags", List.of("a", "b"),
                "topics", List.of("x", "3"), "premium", List.of("false")));
        assertThat(article("{\"id\": \"a\", \"body\": \"<p>x</p>\"}").name()).isEqualTo("a");
    }

    @Test
    @DisplayName("a bad record is rejected with what is wrong and its id when it has one")
    void rejected() {
        assertThat(rejection("{\"id\": \"a\"}")).isEqualTo("record a: no \"body\"");
        assertThat(rejection("{\"id\": \"a\", \"body\": \"  \"}")).isEqualTo("record a: empty \"body\"");
        assertThat(rejection("{\"id\": \"a\", \"body\": {\"html\": \"<p>\"}}"))
                .isEqualTo("record a: \"body\" must be the article's HTML as text");
        assertThat(rejection("{\"body\": \"<p>x</p>\"}")).isEqualTo("no \"id\" (text or a whole number)");
        assertThat(rejection("{\"id\": [1], \"body\": \"<p>x</p>\"}")).isEqualTo("no \"id\" (text or a whole number)");
        assertThat(rejection("{\"id\": \"a\", \"revision\": {}, \"body\": \"<p>x</p>\"}"))
                .isEqualTo("record a: \"revision\" must be text or a number");
        assertThat(rejection("{\"id\": \"a\", \"body\": \"<p>x</p>\", \"section\": {\"name\": \"news\"}}"))
                .isEqualTo("record a: context field \"section\" must be text, a number, true/false or a list of them");
        assertThat(rejection("{\"id\": \"a\", \"body\": \"<p>x</p>\", \"tags\": [[\"x\"]]}"))
                .startsWith("record a: context field \"tags\"");
        assertThat(rejection("[1, 2]")).startsWith("not a JSON object");
        assertThat(rejection("{\"id\": \"a\", \"body\": \"<p>")).startsWith("not valid JSON: ");
    }

    @Test
    @DisplayName("a body over the size limit in UTF-8 is rejected, and so is a record too long to read")
    void sizeLimits() {
        String body = "\u00e9".repeat(600);
        assertThat(rejection("{\"id\": \"big\", \"body\": \"" + body + "\"}"))
                .isEqualTo("record big: body too large: 1.2 KB > 1.0 KB (raise --max-bytes to read it)");
        String huge = "x".repeat((int) ArchiveRecord.maxRecordChars(MAX));
        assertThat(rejection("{\"id\": \"huge\", \"body\": \"" + huge + "\"}")).startsWith("record too large: more than 1.0 MB");
    }

    @Test
    @DisplayName("UTF-8 size is counted without encoding, as String.getBytes would encode")
    void utf8Length() {
        for (String s : List.of("", "abc", "\u00e9t\u00e9", "\u20ac", "\ud83d\ude00", "a\ud83d", "\ud83d\ude00\u00e9x")) {
            assertThat(ArchiveRecord.utf8Length(s)).as(s).isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }
}
