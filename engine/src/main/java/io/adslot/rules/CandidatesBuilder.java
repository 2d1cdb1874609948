package io.adslot.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a placement's {@code candidates} mapping into {@link CandidateRule}s: {@code after_paragraph},
 * {@code at_percent}, {@code every}, {@code before_heading}, {@code after_heading}, {@code after_media} and
 * {@code end_of_article}, each with its short forms.
 */
final class CandidatesBuilder {

    static final List<String> KEYS = List.of("after_paragraph", "at_percent", "every",
            "before_heading", "after_heading", "after_media", "end_of_article");

    private final ProblemCollector problems;

    CandidatesBuilder(ProblemCollector problems) {
        this.problems = problems;
    }

    List<CandidateRule> build(MappingReader r) {
        List<CandidateRule> rules = new ArrayList<>();
        if (r.has("after_paragraph")) {
            afterParagraph(r, rules);
        }
        if (r.has("at_percent")) {
            List<Integer> percents = integers(r.items("at_percent"), r.name("at_percent"), 1, 100);
            if (!percents.isEmpty()) {
                rules.add(new CandidateRule.AtPercent(percents));
            }
        }
        if (r.has("every")) {
            YamlNode n = r.node("every");
            if (n instanceof YamlNode.Mapping) {
                MappingReader e = r.child("every", List.of("first", "then"));
                if (!e.has("then")) {
                    problems.error(n.position(), "candidates.every needs then: how many paragraphs between candidates, such as every: { first: 2, then: 4 }");
                } else {
                    int then = e.integer("then", 1, 10_000, 0);
                    int first = e.integer("first", 1, 10_000, then);
                    if (then > 0 && first > 0) {
                        rules.add(new CandidateRule.EveryParagraphs(first, then));
                    }
                }
            } else {
                int every = r.integer("every", 1, 10_000, 0);
                if (every > 0) {
                    rules.add(new CandidateRule.EveryParagraphs(every, every));
                }
            }
        }
        List<Integer> before = headingLevels(r, "before_heading");
        if (before != null) {
            rules.add(new CandidateRule.BeforeHeadings(before));
        }
        List<Integer> after = headingLevels(r, "after_heading");
        if (after != null) {
            rules.add(new CandidateRule.AfterHeadings(after));
        }
        if (r.bool("after_media", false)) {
            rules.add(new CandidateRule.AfterMedia());
        }
        if (r.bool("end_of_article", false)) {
            rules.add(new CandidateRule.EndOfArticle());
        }
        return rules;
    }

    private void afterParagraph(MappingReader r, List<CandidateRule> rules) {
        YamlNode n = r.node("after_paragraph");
        if (n instanceof YamlNode.Mapping) {
            MappingReader a = r.child("after_paragraph", List.of("at", "from"));
            String from = a.string("from", "top");
            if (!from.equals("top") && !from.equals("bottom")) {
                problems.error(a.at("from"), a.name("from") + " must be top or bottom, got \"" + from + "\"");
            }
            if (!a.has("at")) {
                problems.error(n.position(), "candidates.after_paragraph needs at: the paragraph numbers, such as { at: [1], from: bottom }");
                return;
            }
            List<Integer> at = integers(a.items("at"), a.name("at"), 1, 10_000);
            if (!at.isEmpty()) {
                rules.add(new CandidateRule.AfterParagraphs(at, from.equals("bottom")));
            }
        } else {
            List<Integer> at = integers(r.items("after_paragraph"), r.name("after_paragraph"), 1, 10_000);
            if (!at.isEmpty()) {
                rules.add(new CandidateRule.AfterParagraphs(at, false));
            }
        }
    }

    /** {@code true} (all levels), {@code false}/absent (null), a list of levels, or {@code {levels: [...]}}. */
    private List<Integer> headingLevels(MappingReader r, String key) {
        YamlNode n = r.node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.type().isBoolean()) {
            return s.type() == YamlNode.ScalarType.TRUE ? List.of() : null;
        }
        List<YamlNode> items;
        String name = r.name(key);
        if (n instanceof YamlNode.Mapping) {
            MappingReader m = r.child(key, List.of("levels"));
            items = m.items("levels");
            name = m.name("levels");
        } else if (n instanceof YamlNode.Sequence seq) {
            items = seq.items();
        } else {
            problems.error(n.position(), name + ": expected true, a list of heading levels or { levels: [2, 3] }, got " + n.describe());
            return null;
        }
        List<Integer> levels = integers(items, name, 1, 6);
        return levels.isEmpty() ? null : levels;
    }

    private List<Integer> integers(List<YamlNode> items, String name, int min, int max) {
        List<Integer> result = new ArrayList<>();
        if (items.isEmpty()) {
            return result;
        }
        for (YamlNode item : items) {
            Long v = MappingReader.wholeNumber(item, name, problems);
            if (v != null && MappingReader.checkRange(item, name, v, min, max, problems)) {
                if (result.contains(v.intValue())) {
                    problems.warning(item.position(), name + " lists " + v + " twice; remove one");
                } else {
                    result.add(v.intValue());
                }
            }
        }
        return result;
    }
}
