package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The memo of what class values match: found by the value's text wherever it stands, bounded, the recent kept. */
class ClassValueMemoTest {

    private static ClassValueMemo.Entry entry(String value, long words) {
        return new ClassValueMemo.Entry(value, ClassValueMemo.hash(value, 0, value.length()), words, 0, 0, false);
    }

    private static ClassValueMemo.Entry find(ClassValueMemo memo, String src, String value) {
        int at = src.indexOf(value);
        return memo.find(src, at, at + value.length(), ClassValueMemo.hash(src, at, at + value.length()));
    }

    @Test
    @DisplayName("a value kept from one page is found by its text in another")
    void foundInAnotherPage() {
        ClassValueMemo memo = new ClassValueMemo();
        memo.keep(entry("wp-block-image size-large", 5));
        ClassValueMemo.Entry found = find(memo, "<figure class=\"wp-block-image size-large\">", "wp-block-image size-large");
        assertThat(found).isNotNull();
        assertThat(found.words()).isEqualTo(5);
        assertThat(find(memo, "<figure class=\"wp-block-image size-full\">", "wp-block-image size-full")).isNull();
        assertThat(find(memo, "<figure class=\"WP-BLOCK-IMAGE SIZE-LARGE\">", "WP-BLOCK-IMAGE SIZE-LARGE"))
                .as("class values match case-sensitively").isNull();
    }

    @Test
    @DisplayName("bounded: a memo of two slots holds two values, and a third takes a slot from one of them")
    void bounded() {
        ClassValueMemo memo = new ClassValueMemo(2);
        String[] values = {"entry-content", "ad-unit", "caption"};
        for (int i = 0; i < values.length; i++) {
            memo.keep(entry(values[i], i + 1));
        }
        int found = 0;
        for (String value : values) {
            ClassValueMemo.Entry e = find(memo, value, value);
            if (e != null) {
                assertThat(e.value()).isEqualTo(value);
                found++;
            }
        }
        assertThat(found).isEqualTo(2);
        assertThat(find(memo, "caption", "caption")).as("the value kept last stays").isNotNull();
    }
}
