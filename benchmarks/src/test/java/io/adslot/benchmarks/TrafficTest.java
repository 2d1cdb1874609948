package io.adslot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.benchmarks.input.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrafficTest {

    @Test
    @DisplayName("The mixed traffic holds the asked share of UTF-16 articles, spread among the Latin-1 ones")
    void mixedFollowsTheShare() {
        List<String> bodies = Traffic.mixed(0.25);

        assertThat(bodies).hasSize(Traffic.MIXED_ARTICLES).doesNotHaveDuplicates();
        assertThat(Traffic.utf16Share(bodies)).isEqualTo(0.25);
        List<Integer> wide = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            if (Traffic.isUtf16(bodies.get(i))) {
                wide.add(i);
            }
        }
        assertThat(wide).containsExactly(1, 5, 9, 13, 17);
    }

    @Test
    @DisplayName("A share outside 0..1 is refused")
    void shareOutOfRange() {
        assertThatThrownBy(() -> Traffic.mixed(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The mixed traffic's default share is the corpus's share of UTF-16 bodies, to the hundredth")
    void defaultShareIsTheCorpus() throws NoSuchFieldException {
        assumeTrue(Corpus.folder().isPresent(), "no corpus at ../shared/corpus: the share cannot be checked");
        List<String> bodies = new ArrayList<>(Traffic.bodies("trafilatura-raw", 0));
        bodies.addAll(Traffic.bodies("readability", 0));
        double declared = Double.parseDouble(
                TrafficBenchmark.class.getField("utf16Share").getAnnotation(org.openjdk.jmh.annotations.Param.class).value()[0]);

        assertThat(declared).isCloseTo(Traffic.utf16Share(bodies), org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    @DisplayName("On every corpus body the copy limit reproduces the engine's output, cold and cached")
    void fixtureOnTheCorpus() {
        assumeTrue(Corpus.folder().isPresent(), "no corpus at ../shared/corpus: nothing to check");
        for (String traffic : List.of("trafilatura-raw", "readability")) {
            TrafficFixture fixture = new TrafficFixture(Traffic.bodies(traffic, 0), traffic);

            assertThat(fixture.articles).hasSizeGreaterThan(50);
            assertThat(fixture.outputChars).isGreaterThan(fixture.bodies[0].length());
        }
    }
}
