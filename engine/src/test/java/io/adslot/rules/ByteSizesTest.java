package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ByteSizesTest {

    private static YamlNode text(String s) {
        return new YamlNode.Scalar(s, YamlNode.ScalarType.STRING, new SourcePosition("t", 1, 1));
    }

    @Test
    void parse_unitsAreBinary() {
        assertThat(ByteSizes.parse(text("32MB"))).isEqualTo(32L << 20);
        assertThat(ByteSizes.parse(text("512 kb"))).isEqualTo(512L << 10);
        assertThat(ByteSizes.parse(text("1GB"))).isEqualTo(1L << 30);
        assertThat(ByteSizes.parse(text("100B"))).isEqualTo(100L);
        assertThat(ByteSizes.parse(new YamlNode.Scalar("4096", YamlNode.ScalarType.INTEGER, new SourcePosition("t", 1, 1)))).isEqualTo(4096L);
    }

    @Test
    void parse_rejectsOtherText() {
        assertThat(ByteSizes.parse(text("32XB"))).isNull();
        assertThat(ByteSizes.parse(text("MB"))).isNull();
        assertThat(ByteSizes.parse(text("0MB"))).isNull();
        assertThat(ByteSizes.parse(text("-1"))).isNull();
    }

    @Test
    void duration_units() {
        assertThat(ByteSizes.duration(text("30s"))).isEqualTo(Duration.ofSeconds(30));
        assertThat(ByteSizes.duration(text("10m"))).isEqualTo(Duration.ofMinutes(10));
        assertThat(ByteSizes.duration(text("2h"))).isEqualTo(Duration.ofHours(2));
        assertThat(ByteSizes.duration(text("1d"))).isEqualTo(Duration.ofDays(1));
        assertThat(ByteSizes.duration(text("10"))).isNull();
        assertThat(ByteSizes.duration(text("10w"))).isNull();
    }
}
