package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = PlacementBuilder.PLACEMENT_KEYS;

    @Test
    void closest_nearMisses() {
        assertThat(Suggestions.closest("max_slot", KEYS)).isEqualTo("max_slots");
        assertThat(Suggestions.closest("canidates", KEYS)).isEqualTo("candidates");
        assertThat(Suggestions.closest("Priority", KEYS)).isEqualTo("priority");
        assertThat(Suggestions.closest("scrol", List.of("amp", "native", "scroll-to-continue"))).isEqualTo("scroll-to-continue");
    }

    @Test
    void closest_nothingPlausible() {
        assertThat(Suggestions.closest("zzzzzz", KEYS)).isNull();
        assertThat(Suggestions.closest("x", List.of("id", "ab"))).isNull();
        assertThat(Suggestions.closest("max", List.of("max_slots", "max_density"))).isNull();
    }

    @Test
    void distance_levenshtein() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
