package io.adslot.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.ContextValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cache keys name the article by id and revision, or by a SHA-256 of its body, plus only the keys read")
class ArticleIdentityTest {

    @Test
    @DisplayName("with a revision the identity is id and revision, without hashing the body")
    void revisionIdentity() {
        assertThat(ArticleIdentity.of("a1", "7", "body")).isEqualTo(ArticleIdentity.of("a1", "7", "other body"))
                .isNotEqualTo(ArticleIdentity.of("a1", "8", "body"))
                .isNotEqualTo(ArticleIdentity.of("a17", "", "body"));
    }

    @Test
    @DisplayName("without a revision the identity is the body's SHA-256, whatever the id")
    void hashIdentity() {
        String body = "<p>“Typographic” text — long enough to span chunks</p>".repeat(200);
        assertThat(ArticleIdentity.of("a1", null, body)).isEqualTo(ArticleIdentity.of("a2", null, new String(body)))
                .isNotEqualTo(ArticleIdentity.of("a1", null, body + " "))
                .hasSize(2 + 64);
        assertThat(ArticleIdentity.of("a1", null, "")).isEqualTo("h:" + ArticleIdentity.sha256(""));
    }

    @Test
    @DisplayName("the key holds the values of the keys read only, in key order")
    void keyReadsOnlyGivenKeys() {
        Set<String> read = new TreeSet<>(List.of("device", "section"));
        ContextValues a = ContextValues.ofSingle(Map.of("device", "mobile", "section", "news", "country", "gb"));
        ContextValues b = ContextValues.ofSingle(Map.of("device", "mobile", "section", "news", "country", "fr"));
        ContextValues c = ContextValues.ofSingle(Map.of("device", "mobile"));

        DecisionKey keyA = DecisionKey.of("v1", "r:a", read, a);

        assertThat(keyA).isEqualTo(DecisionKey.of("v1", "r:a", read, b));
        assertThat(keyA.contextPart()).containsExactly(List.of("mobile"), List.of("news"));
        assertThat(keyA).isNotEqualTo(DecisionKey.of("v1", "r:a", read, c))
                .isNotEqualTo(DecisionKey.of("v2", "r:a", read, a));
        assertThat(keyA.approximateBytes()).isPositive();
    }
}
