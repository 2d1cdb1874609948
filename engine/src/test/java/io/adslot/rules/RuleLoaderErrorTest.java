package io.adslot.rules;

import static io.adslot.rules.RuleFixtures.load;
import static io.adslot.rules.RuleFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each class of mistake in a rule file is reported as {@code file:line:col: message}, saying what is wrong
 * and what to write instead.
 */
class RuleLoaderErrorTest {

    private static final String DIR = "src/test/resources/rules/errors/";

    @Test
    @DisplayName("unknown key, with the closest known key")
    void unknownKey() {
        assertThat(problems("errors/unknown-key.yaml")).containsExactly(
                DIR + "unknown-key.yaml:5:5: unknown key \"max_slot\", did you mean \"max_slots\"?");
        assertThat(load("errors/unknown-key.yaml").ok()).isFalse();
    }

    @Test
    @DisplayName("with extends, switching off or overriding an id the base lacks is an error with did-you-mean; a new placement with candidates is fine")
    void overrideOfMissingPlacement() {
        String file = "src/test/resources/rules/extends/misspelled-override.yaml";
        String base = "src/test/resources/rules/extends/base.yaml";
        assertThat(problems("extends/misspelled-override.yaml")).filteredOn(p -> !p.contains(": warning: ")).containsExactly(
                file + ":4:9: placement \"inlnie\" is not in " + base + ", so this switches nothing off;"
                        + " did you mean \"inline\"?",
                file + ":6:9: placement \"inline-top\" is not in " + base + ", so this overrides nothing and adds a"
                        + " placement with neither candidates nor a slot; " + base + " has footer, inline, and a new"
                        + " placement needs its own candidates: and slot:",
                file + ":8:9: placement \"footre\" is not in " + base + ", so this overrides nothing and adds a"
                        + " placement with neither candidates nor a slot; did you mean \"footer\"?");
        assertThat(load("extends/misspelled-override.yaml").ok()).isFalse();
    }

    @Test
    @DisplayName("a variant overriding a placement id the rule set lacks is an error with did-you-mean")
    void variantOverrideOfMissingPlacement() {
        assertThat(problems("variants/misspelled-override.yaml")).filteredOn(p -> !p.contains(": warning: ")).containsExactly(
                "src/test/resources/rules/variants/misspelled-override.yaml:9:54: placement \"inlnie\" is not in the"
                        + " rule set's placements, so this overrides nothing and adds a placement with neither"
                        + " candidates nor a slot; did you mean \"inline\"?");
    }

    @Test
    @DisplayName("wrong type")
    void wrongType() {
        assertThat(problems("errors/wrong-type.yaml")).containsExactly(
                DIR + "wrong-type.yaml:2:21: max_slots_per_page: expected a whole number, got \"abc\"");
    }

    @Test
    @DisplayName("number out of range")
    void outOfRange() {
        assertThat(problems("errors/out-of-range.yaml")).containsExactly(
                DIR + "out-of-range.yaml:5:32: candidates.every.then must be >= 1, got 0");
    }

    @Test
    @DisplayName("unknown template, with the known ones")
    void unknownTemplate() {
        assertThat(problems("errors/unknown-template.yaml")).containsExactly(DIR
                + "unknown-template.yaml:5:23: template \"scrol\" not found in rules/templates, did you mean \"scroll-to-continue\"? known: amp, native, scroll-to-continue");
    }

    @Test
    @DisplayName("unknown block kind")
    void unknownBlockKind() {
        assertThat(problems("errors/unknown-block-kind.yaml")).containsExactly(DIR
                + "unknown-block-kind.yaml:5:32: unknown block kind \"figur\" in avoid.before, did you mean \"figure\"? "
                + "block kinds are: blockquote, embed, figure, heading, hr, list, other, paragraph, pre, table, text");
    }

    @Test
    @DisplayName("unknown context keys in conditions and ad-unit references: custom keys must be declared")
    void unknownContextKey() {
        assertThat(problems("errors/unknown-context-key.yaml")).containsExactly(
                DIR + "unknown-context-key.yaml:6:13: unknown context key \"sectoin\", did you mean \"section\"? "
                        + "custom keys must be declared under context: (for example context: { sectoin: string })",
                DIR + "unknown-context-key.yaml:7:22: slot.ad_unit refers to unknown context key \"buckett\", "
                        + "did you mean \"bucket\"? custom keys must be declared under context:");
    }

    @Test
    @DisplayName("unknown device value and a non-boolean for a true/false key")
    void badConditionValues() {
        assertThat(problems("errors/device-value.yaml")).containsExactly(
                DIR + "device-value.yaml:5:22: unknown device \"mobil\", did you mean \"mobile\"? devices are: desktop, mobile, tablet",
                DIR + "device-value.yaml:5:51: subscriber is a true/false key; write subscriber: true or subscriber: false, got \"maybe\"");
    }

    @Test
    @DisplayName("an atomic selector the scanner cannot read, at the selector's position")
    void badSelector() {
        assertThat(problems("errors/bad-selector.yaml")).containsExactly(DIR
                + "bad-selector.yaml:2:17: atomic: selector \"[data-x\" opens [ but does not close it; write [name] or [name=value]");
    }

    @Test
    @DisplayName("contradictions: min above max, growth by factor and step, min_height and height")
    void contradictions() {
        assertThat(problems("errors/contradictions.yaml")).containsExactly(
                DIR + "contradictions.yaml:6:21: when.bucket: min 50 is greater than max 10, so this never matches; swap them",
                DIR + "contradictions.yaml:8:36: spacing.between.grow: give factor or step, not both; "
                        + "factor multiplies each next gap, step adds words to it",
                DIR + "contradictions.yaml:10:26: slot.reserve.mobile: give min_height (grows with the ad) or height (fixed), not both");
    }

    @Test
    @DisplayName("slot serving: viewport ranges out of order, without min_width or reserving too little, unknown targeting keys, too short a refresh")
    void servingMistakes() {
        assertThat(problems("errors/serving.yaml")).containsExactly(
                DIR + "serving.yaml:7:24: warning: slot.viewports: the first range starts at 320px, so narrower screens get no ad; "
                        + "start the first range at min_width: 0",
                DIR + "serving.yaml:7:56: warning: slot.viewports: the range from 320px reserves 200px but its tallest size "
                        + "is 250px tall, so the page will shift; reserve at least 250",
                DIR + "serving.yaml:8:24: slot.viewports: min_width 320 must be larger than the range before it (320); "
                        + "list the ranges from the narrowest screen up",
                DIR + "serving.yaml:9:11: slot.viewports: each range needs min_width, such as { min_width: 768, sizes: [728x90] }",
                DIR + "serving.yaml:10:19: slot.targeting names unknown context key \"sectoin\", did you mean \"section\"? "
                        + "custom keys must be declared under context:",
                DIR + "serving.yaml:11:16: slot.refresh is in seconds and must be 0 (never) or at least 30, as ad servers require; "
                        + "got 10; write for example refresh: 60");
    }

    @Test
    @DisplayName("warnings for rules that can never fire; the rules still load")
    void neverFires() {
        RuleLoadResult result = load("errors/never-fires.yaml");
        assertThat(result.ok()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).extracting(RuleProblem::format).containsExactly(
                DIR + "never-fires.yaml:6:16: warning: max_slots is 0, so placement \"zero\" never places a slot",
                DIR + "never-fires.yaml:8:35: warning: before_heading can never fire: avoid.before includes heading "
                        + "(and when_blocked is skip); remove heading from avoid.before or use when_blocked: { try: nearest }",
                DIR + "never-fires.yaml:8:57: warning: end_of_article can never fire: spacing.after_last requires distance after the last slot",
                DIR + "never-fires.yaml:11:16: warning: max_slots 5 is more than max_slots_per_page 2, so at most 2 can be placed",
                DIR + "never-fires.yaml:14:18: warning: when.all can never match: device cannot be one of mobile and one of desktop at once",
                DIR + "never-fires.yaml:15:5: warning: placement \"nothing\" has no candidates, so it only fills "
                        + "<!-- adslot:here --> markers; add candidates such as candidates: { every: { first: 2, then: 4 } }");
    }

    @Test
    @DisplayName("a paragraphs tag no block has (a container read through, phrasing) is a warning naming what to write; the rules still load")
    void paragraphTagsNoBlockHas() {
        RuleLoadResult result = load("errors/paragraph-tags.yaml");
        assertThat(result.ok()).isTrue();
        // atomic's .related and [data-embed] make blocks of some divs, not of divs as such: div still never counts
        assertThat(result.problems()).extracting(RuleProblem::format).containsExactly(
                DIR + "paragraph-tags.yaml:6:29: warning: paragraphs.tags: \"div\" never counts: the scanner reads through a "
                        + "div, so no block is one (text standing in it is a text run); write text_runs: true to count "
                        + "lines of text standing in a container, or name the elements in atomic (atomic: [div.paragraph]) "
                        + "to make each one a block",
                DIR + "paragraph-tags.yaml:6:34: warning: paragraphs.tags: \"span\" never counts: the scanner reads through a "
                        + "span, so no block is one (text standing in it is a text run); write text_runs: true to count "
                        + "lines of text standing in a container, or name the elements in atomic (atomic: [span.paragraph]) "
                        + "to make each one a block");
    }

    @Test
    @DisplayName("all errors of a file at once, in file order")
    void allErrorsAtOnce() {
        assertThat(problems("errors/many-errors.yaml")).containsExactly(
                DIR + "many-errors.yaml:2:21: max_slots_per_page must be >= 0, got -1",
                DIR + "many-errors.yaml:7:20: candidates.at_percent must be >= 1, got 0",
                DIR + "many-errors.yaml:7:27: candidates.at_percent must be <= 100, got 101",
                DIR + "many-errors.yaml:9:23: unknown key \"word\" in spacing.before_first, did you mean \"words\"?",
                DIR + "many-errors.yaml:10:26: when_blocked must be skip or nearest (as { try: nearest, within: 2 }), got \"closest\"",
                DIR + "many-errors.yaml:12:17: template \"scrol\" not found in rules/templates, did you mean \"scroll-to-continue\"? known: amp, native, scroll-to-continue",
                DIR + "many-errors.yaml:13:25: slot.sizes.mobile: size \"300*250\" is not WIDTHxHEIGHT in pixels; write for example 300x250",
                DIR + "many-errors.yaml:13:35: unknown key \"phone\" in slot.sizes; write one of: desktop, mobile, tablet",
                DIR + "many-errors.yaml:14:17: slot.unfilled must be collapse or keep, got \"hide\"",
                DIR + "many-errors.yaml:15:9: placement id \"inline\" is used twice (first at line 4); give each placement its own id");
    }

    @Test
    @DisplayName("YAML syntax errors, missing version and duplicate keys")
    void syntaxAndStructure() {
        assertThat(problems("errors/syntax.yaml")).containsExactly(DIR + "syntax.yaml:5:7: the mapping opened with { on line 4 is never closed; "
                + "close it, or write the values on their own lines");
        assertThat(problems("errors/missing-version.yaml")).containsExactly(
                DIR + "missing-version.yaml:1:1: missing version; start the file with version: 1");
        assertThat(problems("errors/duplicate-key.yaml")).containsExactly(
                DIR + "duplicate-key.yaml:3:1: duplicate key \"max_slots_per_page\" (first written at line 2); keep one of them");
    }

    @Test
    @DisplayName("extends: cycles, missing base files, and errors inside a base file point at the right file")
    void extendsProblems() {
        String ext = "src/test/resources/rules/extends/";
        assertThat(problems("extends/cycle-a.yaml")).containsExactly(ext + "cycle-b.yaml:2:10: extends cycle: "
                + ext + "cycle-a.yaml -> " + ext + "cycle-b.yaml -> " + ext + "cycle-a.yaml; "
                + "a file cannot extend itself, remove one of these extends");
        assertThat(problems("extends/missing-base.yaml")).containsExactly(ext + "missing-base.yaml:2:10: cannot read base rule file "
                + ext + "no-such-base.yaml: no such file; extends takes a path relative to this file, such as extends: base.yaml");
        assertThat(problems("extends/child-of-bad-base.yaml")).containsExactly(
                ext + "base-with-error.yaml:4:26: candidates.every must be >= 1, got 0");
    }

    @Test
    @DisplayName("an unreadable file is a problem, not an exception")
    void unreadableFile() {
        assertThat(problems("errors/does-not-exist.yaml")).containsExactly(
                DIR + "does-not-exist.yaml:0:0: cannot read rule file: no such file");
    }

    @Test
    @DisplayName("variants: unknown key, no options, zero weight, duplicate names, fields a variant cannot change")
    void variantProblems() {
        assertThat(problems("errors/variants.yaml")).containsExactly(
                DIR + "variants.yaml:3:8: unknown context key \"bukcet\"; declare it under context: (for example context: { bukcet: string })",
                DIR + "variants.yaml:4:12: variants.options must list at least one variant, such as "
                        + "[ { name: control, weight: 50 }, { name: dense, weight: 50, placements: [ { id: inline, max_slots: 4 } ] } ]",
                DIR + "variants.yaml:11:30: variants.options.weight must be >= 1, got 0",
                DIR + "variants.yaml:12:19: variant name \"a\" is used twice; give each variant its own name",
                DIR + "variants.yaml:12:22: unknown key \"id\" in variants.options; write one of: avoid, candidates, fallback_at_end, "
                        + "kind, max_slots, min_article, name, other_slot_gap, paragraphs, priority, slot, spacing, weight, when, when_blocked");
    }

    @Test
    @DisplayName("a file with absurdly many problems is cut off with a note, not reported endlessly")
    void manyProblemsAreCapped() {
        StringBuilder yaml = new StringBuilder("version: 1\nplacements:\n  - id: inline\n    candidates:\n      at_percent:\n");
        for (int i = 0; i < 2000; i++) {
            yaml.append("        - 0\n");
        }
        java.util.List<RuleProblem> problems = RuleLoader.parse(yaml.toString(), "many.yaml", null).problems();
        assertThat(problems).hasSize(ProblemCollector.MAX_PROBLEMS + 1);
        assertThat(problems.get(problems.size() - 1).message()).isEqualTo("more than 500 problems; fix these first, then validate again");
    }
}
