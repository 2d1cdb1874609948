package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The YAML reader keeps positions, resolves aliases and rejects documents that could blow up. */
class YamlTreeReaderTest {

    @Test
    @DisplayName("every key and value keeps its 1-based line and column")
    void positions() {
        ProblemCollector problems = new ProblemCollector();
        YamlNode root = YamlTreeReader.read("version: 1\nlist:\n  - a\n  - { k: 2 }\n", "t.yaml", problems);
        YamlNode.Mapping m = (YamlNode.Mapping) root;
        assertThat(m.entry("list").keyPosition()).isEqualTo(new SourcePosition("t.yaml", 2, 1));
        YamlNode.Sequence list = (YamlNode.Sequence) m.get("list");
        assertThat(list.items().get(0).position()).isEqualTo(new SourcePosition("t.yaml", 3, 5));
        YamlNode.Mapping inner = (YamlNode.Mapping) list.items().get(1);
        assertThat(inner.entry("k").keyPosition()).isEqualTo(new SourcePosition("t.yaml", 4, 7));
        assertThat(inner.get("k")).isEqualTo(new YamlNode.Scalar("2", YamlNode.ScalarType.INTEGER, new SourcePosition("t.yaml", 4, 10)));
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    @DisplayName("anchors, aliases and merge keys work in rule files")
    void aliasesAndMergeKeys() {
        RuleSet rules = RuleFixtures.loadClean("errors/aliases.yaml");
        assertThat(RuleFixtures.placement(rules, "one").slot().label()).isEqualTo("Shared");
        assertThat(RuleFixtures.placement(rules, "two").slot().label()).isEqualTo("Own");
        assertThat(RuleFixtures.placement(rules, "two").slot().template()).isEqualTo("native");
        assertThat(RuleFixtures.placement(rules, "two").candidates()).containsExactly(new CandidateRule.EveryParagraphs(3, 3));
    }

    @Test
    @DisplayName("an anchor on a scalar value can be used by an alias, as rules/README.md promises")
    void scalarAnchorsAndAliases() {
        RuleSet rules = RuleFixtures.loadClean("errors/scalar-aliases.yaml");
        assertThat(RuleFixtures.placement(rules, "one").slot().label()).isEqualTo("Advertisement");
        assertThat(RuleFixtures.placement(rules, "two").slot().label()).isEqualTo("Advertisement");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "emoji at UTF-16 index {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1022, 1023, 1024, 2047, 4095})
    @DisplayName("an emoji across the parser's 1,024-character read window is read like any other text")
    void emojiAcrossReadWindow(int index) {
        StringBuilder yaml = new StringBuilder("version: 1\nplacements:\n  - id: one\n    candidates: { every: 3 }\n"
                + "    slot:\n      label: \"");
        while (yaml.length() < index) {
            yaml.append('x');
        }
        yaml.append("\uD83D\uDCF0\"\n");
        assertThat(yaml.indexOf("\uD83D")).isEqualTo(index);
        RuleLoadResult result = RuleLoader.parse(yaml.toString(), "emoji.yaml", null);
        assertThat(result.problems()).isEmpty();
        assertThat(result.ruleSet().placements().get(0).slot().label()).endsWith("x\uD83D\uDCF0");
    }

    @Test
    @DisplayName("a billion-laughs alias bomb is rejected quickly with a clear message")
    void aliasBomb() {
        assertThat(RuleFixtures.problems("errors/alias-bomb.yaml")).singleElement().asString()
                .startsWith("src/test/resources/rules/errors/alias-bomb.yaml:6:42: rule file too large / too many aliases: more than 100000 values");
    }

    @Test
    @DisplayName("more than 50 aliases to collections are rejected")
    void tooManyCollectionAliases() {
        StringBuilder yaml = new StringBuilder("version: 1\nx: &x [1]\ny:\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  - *x\n");
        }
        List<RuleProblem> problems = RuleLoader.parse(yaml.toString(), "aliases.yaml", null).problems();
        assertThat(problems).extracting(RuleProblem::format).containsExactly("aliases.yaml:54:5: rule file too large / too many aliases: "
                + "more than 50 aliases to lists or mappings; write the values out or use defaults and extends");
    }

    @Test
    @DisplayName("a document above the size limit is rejected before parsing")
    void hugeDocument() {
        String huge = "version: 1\n# " + "x".repeat(YamlTreeReader.MAX_CHARS) + "\n";
        assertThat(RuleLoader.parse(huge, "huge.yaml", null).problems()).extracting(RuleProblem::format).containsExactly(
                "huge.yaml:1:1: rule file too large / too many aliases: " + huge.length()
                        + " characters, at most 3145728 are accepted; split the file and use extends");
    }

    @Test
    @DisplayName("deep nesting is rejected, not recursed into")
    void deepNesting() {
        String deep = "version: 1\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        RuleLoadResult result = RuleLoader.parse(deep, "deep.yaml", null);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().extracting(RuleProblem::message).asString()
                .isEqualTo("rule file too large / too many aliases: lists and mappings nested more than 40 deep");
    }

    @Test
    @DisplayName("an empty file and a second document are reported")
    void emptyAndMultiDocument() {
        assertThat(RuleLoader.parse("", "empty.yaml", null).problems()).extracting(RuleProblem::format)
                .containsExactly("empty.yaml:1:1: empty rule file; start it with version: 1");
        assertThat(RuleLoader.parse("version: 1\n---\nversion: 1\n", "two.yaml", null).problems()).extracting(RuleProblem::format)
                .containsExactly("two.yaml:3:1: a rule file holds one YAML document; remove the second document (after ---)");
    }

    @Test
    @DisplayName("YAML 1.1 booleans (on, off, yes, no) keep their text where text is expected")
    void yamlOneOneBooleans() {
        RuleLoadResult result = RuleLoader.parse("version: 1\nplacements:\n  - { id: off, kind: no, candidates: { every: 3 }, "
                + "slot: { label: yes, lazy: off } }\n", "bool.yaml", null);
        assertThat(result.problems()).isEmpty();
        Placement p = result.ruleSet().placements().get(0);
        assertThat(p.id()).isEqualTo("off");
        assertThat(p.kind()).isEqualTo("no");
        assertThat(p.slot().label()).isEqualTo("yes");
        assertThat(p.slot().lazy()).isFalse();
    }

    @Test
    @DisplayName("a UTF-8 byte order mark and Windows line ends are accepted, positions unchanged")
    void bomAndCrLf() {
        RuleLoadResult result = RuleLoader.parse("\uFEFFversion: 1\r\nplacements:\r\n  - { id: inline, candidates: { every: 0 } }\r\n",
                "bom.yaml", null);
        assertThat(result.problems()).extracting(RuleProblem::format)
                .containsExactly("bom.yaml:3:40: candidates.every must be >= 1, got 0");
    }
}
