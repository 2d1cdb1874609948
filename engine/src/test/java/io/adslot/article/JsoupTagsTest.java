package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JsoupTags knows the tag names jsoup knows")
class JsoupTagsTest {

    @Test
    @DisplayName("for every element name of the HTML Standard, obsolete ones, SVG and MathML names, and custom elements")
    void agreesWithJsoup() throws IOException {
        List<String> names = names();
        assertThat(names).hasSizeGreaterThan(150);
        assertThat(names).allSatisfy(name -> assertThat(JsoupTags.knows(name))
                .as("jsoup knows <%s>", name).isEqualTo(org.jsoup.parser.Tag.isKnownTag(name)));
    }

    private static List<String> names() throws IOException {
        try (var in = Objects.requireNonNull(JsoupTagsTest.class.getResourceAsStream("/article/element-names.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
