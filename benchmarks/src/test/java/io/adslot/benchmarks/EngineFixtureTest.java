package io.adslot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Sizes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineFixtureTest {

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"2KB, LATIN1, 2", "2KB, UTF16, 1", "20KB, LATIN1, 3", "20KB, UTF16, 3", "200KB, LATIN1, 3",
                "200KB, UTF16, 3", "2MB, LATIN1, 3", "2MB, UTF16, 3"})
    @DisplayName("At every benchmark size the engine places its slots (three from 20 KB up) where the peers' rule does, and the peers reproduce its output")
    void engineAndPeersDoTheSameInsertion(String size, Flavour flavour, int slots) {
        EngineFixture fixture = new EngineFixture(ArticleGenerator.news(flavour, Sizes.parse(size)), size + ", " + flavour);

        assertThat(fixture.offsets).hasSize(slots);
        assertThat(fixture.copyLimit.splice(fixture.body, fixture.offsets))
                .isEqualTo(fixture.cachedEngine.render(fixture.article, fixture.page).html());
    }
}
