package io.adslot.benchmarks.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ElementStackFlagsTest {

    @Test
    @DisplayName("each element keeps its name's flags, and the stack knows which flags are open through pops and clears")
    void flagsFollowPushesAndPops() {
        ElementStack stack = new ElementStack();
        stack.push("span");
        stack.push("table", TagInfo.known("table").flags);
        stack.push("svg circle");
        assertThat(stack.has(1, TagInfo.SCOPE_BOUNDARY)).isTrue();
        assertThat(stack.has(2, TagInfo.FOREIGN)).isTrue();
        assertThat(stack.flagsAt(0)).isEqualTo(TagInfo.STYLING_WRAPPER);
        assertThat(stack.containsAny(TagInfo.SPECIAL | TagInfo.FORMATTING)).isTrue();
        stack.popTo("table");
        assertThat(stack.containsAny(TagInfo.SPECIAL | TagInfo.FOREIGN)).isFalse();
        assertThat(stack.containsAny(TagInfo.STYLING_WRAPPER)).isTrue();
        stack.clear();
        assertThat(stack.containsAny(TagInfo.STYLING_WRAPPER)).isFalse();
    }

    @Test
    @DisplayName("a deep stack counts flags alike")
    void deepStack() {
        ElementStack stack = new ElementStack();
        for (int i = 0; i < 100; i++) {
            stack.push(i % 2 == 0 ? "div" : "b");
        }
        stack.push("a");
        assertThat(stack.containsAny(TagInfo.FORMATTING)).isTrue();
        stack.popTo("div");
        assertThat(stack.size()).isEqualTo(98);
        assertThat(stack.containsAny(TagInfo.FORMATTING)).isTrue();
        stack.popTo("b");
        stack.popTo("div");
        for (int i = 0; i < 48; i++) {
            stack.popTo("b");
        }
        assertThat(stack.size()).isEqualTo(1);
        assertThat(stack.containsAny(TagInfo.FORMATTING)).isFalse();
        assertThat(stack.containsAny(TagInfo.SPECIAL)).isTrue();
    }
}
