package io.adslot.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.ContextValues;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionKeyTest {

    private static final Set<String> READ = Set.of("device");
    private static final ContextValues MOBILE = ContextValues.ofSingle(Map.of("device", "mobile"));

    @Test
    @DisplayName("An article with id and revision is named by both, whatever its body; without a revision, by its body")
    void articleIdentity() {
        DecisionKey key = DecisionKey.of("v1", "a1", "7", "body", READ, MOBILE);

        assertThat(key).isEqualTo(DecisionKey.of("v1", new String("a1"), "7", "other body", READ, MOBILE))
                .hasSameHashCodeAs(DecisionKey.of("v1", "a1", "7", "other body", READ, MOBILE))
                .isNotEqualTo(DecisionKey.of("v1", "a1", "8", "body", READ, MOBILE))
                .isNotEqualTo(DecisionKey.of("v1", "a17", "", "body", READ, MOBILE))
                .isNotEqualTo(DecisionKey.of("v1", "a1", null, "body", READ, MOBILE));
        assertThat(DecisionKey.of("v1", "a1", null, "body", READ, MOBILE))
                .isEqualTo(DecisionKey.of("v1", "a2", null, "body", READ, MOBILE))
                .isEqualTo(DecisionKey.of("v1", ArticleIdentity.of("a1", null, "body"), READ, MOBILE));
    }

    @Test
    @DisplayName("The revision counts in the key's weight")
    void weight() {
        assertThat(DecisionKey.of("v1", "a1", "r".repeat(100), "body", READ, MOBILE).approximateBytes())
                .isGreaterThan(DecisionKey.of("v1", "a1", "r", "body", READ, MOBILE).approximateBytes());
    }
}
