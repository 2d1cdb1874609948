package io.adslot.benchmarks.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ElementStackTest {

    @Test
    @DisplayName("a shallow stack answers contains and popTo by looking through its names")
    void shallow() {
        ElementStack stack = new ElementStack();
        stack.push("div");
        stack.push(new String("span"));
        stack.push("b");
        assertThat(stack.contains("span")).isTrue();
        assertThat(stack.contains("table")).isFalse();
        stack.popTo("span");
        assertThat(stack.size()).isEqualTo(1);
        assertThat(stack.contains("span")).isFalse();
        assertThat(stack.contains("b")).isFalse();
        assertThat(stack.contains("div")).isTrue();
    }

    @Test
    @DisplayName("a stack that grows past the shallow depth keeps answering alike, also after shrinking and clearing")
    void deep() {
        ElementStack stack = new ElementStack();
        stack.push("table");
        for (int i = 0; i < 1000; i++) {
            stack.push(i % 2 == 0 ? "div" : "span");
        }
        assertThat(stack.contains("table")).isTrue();
        assertThat(stack.contains("p")).isFalse();
        stack.popTo("table");
        assertThat(stack.isEmpty()).isTrue();
        assertThat(stack.contains("div")).isFalse();
        assertThat(stack.contains("table")).isFalse();
        stack.push("div");
        assertThat(stack.contains("div")).isTrue();
        stack.clear();
        assertThat(stack.contains("div")).isFalse();
        stack.push("ul");
        assertThat(stack.contains("ul")).isTrue();
        assertThat(stack.get(0)).isEqualTo("ul");
    }
}
