package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("YAML syntax errors are explained in plain words about the lines written, not in parser tokens")
class YamlSyntaxExplainerTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("each common mistake gets its own explanation with what to write instead")
    @CsvSource(delimiter = '|', textBlock = """
            value-and-child.yaml  | 8:12: this line is indented more than the key above it, but candidates: on line 7 already has the value "paragraphs"; did you mean to put every: under candidates:? Then remove that value; otherwise start every: at the column of candidates:
            misaligned-key.yaml   | 6:7: max_slots: starts at column 7, which lines up with no key above it (keys above start at columns 9 (every:), 5 (candidates:), 1 (placements:)); move it to the column of the key it belongs beside
            missing-colon.yaml    | 4:5: "kind ad" on line 4 is not key: value; write a colon and a space after the key, as in kind: ad
            colon-in-value.yaml   | 5:16: the value after label: holds ": "; put the value in quotes, as in label: "Ad: sponsored"
            tab.yaml              | 3:1: a tab in the indentation; YAML indents with spaces only, replace the tab with spaces
            unclosed-quote.yaml   | 6:1: the quoted value that starts on line 5 is never closed; add the closing quote
            """)
    void explained(String fixture, String expected) {
        assertThat(RuleFixtures.problems("syntax/" + fixture)).singleElement().asString()
                .isEqualTo(RuleFixtures.ROOT + "/syntax/" + fixture + ":" + expected)
                .doesNotContain("<block");
    }
}
