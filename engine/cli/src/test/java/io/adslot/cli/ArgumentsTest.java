package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static final Set<String> VALUED = Set.of("--rules", "--context", "--format");
    private static final Set<String> FLAGS = Set.of("--quiet");

    @Test
    void readsValuedOptionsInBothSpellingsAndKeepsRepeats() throws Exception {
        Arguments a = Arguments.parse(
                List.of("--rules", "r.yaml", "--context=device=mobile", "--context", "section=news", "a.html"),
                VALUED, FLAGS);

        assertThat(a.value("--rules", null)).isEqualTo("r.yaml");
        assertThat(a.values("--context")).containsExactly("device=mobile", "section=news");
        assertThat(a.positional()).containsExactly("a.html");
    }

    @Test
    void treatsALoneDashAsStandardInputAndDoubleDashAsEndOfOptions() throws Exception {
        Arguments a = Arguments.parse(List.of("--quiet", "-", "--", "--rules"), VALUED, FLAGS);

        assertThat(a.flag("--quiet")).isTrue();
        assertThat(a.positional()).containsExactly("-", "--rules");
    }

    @Test
    void rejectsUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--rule", "x"), VALUED, FLAGS))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --rule");
        assertThatThrownBy(() -> Arguments.parse(List.of("--format"), VALUED, FLAGS))
                .isInstanceOf(UsageException.class).hasMessage("--format needs a value");
    }
}
