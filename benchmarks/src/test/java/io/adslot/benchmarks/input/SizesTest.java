package io.adslot.benchmarks.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    @DisplayName("size labels count 1024 chars per KB")
    void parse() {
        assertThat(Sizes.parse("2KB")).isEqualTo(2048);
        assertThat(Sizes.parse("20kb")).isEqualTo(20 * 1024);
        assertThat(Sizes.parse("2MB")).isEqualTo(2 * 1024 * 1024);
        assertThat(Sizes.parse("500B")).isEqualTo(500);
        assertThat(Sizes.parse("777")).isEqualTo(777);
    }

    @Test
    @DisplayName("a label that is not a size says how to write one")
    void parse_invalid() {
        assertThatThrownBy(() -> Sizes.parse("big")).hasMessageContaining("2KB");
    }
}
