package io.adslot.engine;

import io.adslot.article.BlockKind;
import io.adslot.article.ScanOptions;
import io.adslot.rules.Avoidance;
import io.adslot.rules.BlockedPolicy;
import io.adslot.rules.CacheSettings;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.Condition;
import io.adslot.rules.ContextKeyType;
import io.adslot.rules.Distance;
import io.adslot.rules.MinimumArticle;
import io.adslot.rules.ParagraphDefinition;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import io.adslot.rules.Spacing;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule sets built in code, so engine tests do not depend on the rule-file format: one placement
 * ({@code inline}) putting a slot after every {@code every}-th paragraph (see {@link FakePlanner}).
 */
final class TestRules {

    private TestRules() {
    }

    /** A rule set whose placement applies to sections other than {@code opinion} (so the rules read {@code section}). */
    static RuleSet ruleSet(String version, String template, int every, String label) {
        return ruleSet(version, template, every, label, CacheSettings.defaults());
    }

    static RuleSet ruleSet(String version, String template, int every, String label, CacheSettings cache) {
        SlotSpec slot = new SlotSpec(template, "/1234/{section}/inarticle",
                Map.of("mobile", List.of(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 100)),
                        "desktop", List.of(new SlotSpec.Size(728, 90))),
                Map.of("mobile", new SlotSpec.Reserve(280, false), "desktop", new SlotSpec.Reserve(90, true)),
                SlotSpec.Unfilled.COLLAPSE, label, true, Map.of("pos", "inline"));
        Placement inline = new Placement("inline", "ad", 10,
                new Condition.Not(new Condition.AnyOf("section", Set.of("opinion"))),
                new ParagraphDefinition(Set.of("p"), 0), new MinimumArticle(0, 0),
                List.of(new CandidateRule.EveryParagraphs(every, every)),
                new Spacing(Distance.NONE, Distance.NONE, Distance.NONE, 1.0, 0, 0),
                new Avoidance(Set.of(BlockKind.HEADING), Set.of(), true), BlockedPolicy.skip(), false, 5,
                Distance.NONE, slot, null);
        return new RuleSet(version, "test:" + version, ScanOptions.defaults(), Map.of(), List.of(inline), null, 10,
                Map.of("device", ContextKeyType.STRING, "section", ContextKeyType.STRING,
                        "country", ContextKeyType.STRING),
                Set.of(), cache);
    }

    /** A rule source that always serves the given rule set. */
    static RuleSource fixed(RuleSet rules) {
        return new RuleSource() {
            @Override
            public RuleLoadResult load(Set<String> knownTemplates) {
                return new RuleLoadResult(rules, List.of());
            }

            @Override
            public String describe() {
                return rules.source();
            }

            @Override
            public List<Path> watchDirectories() {
                return List.of();
            }
        };
    }

    /** A rule source that always fails with one error. */
    static RuleLoadResult invalid(String file, String message) {
        return new RuleLoadResult(null, List.of(new RuleProblem(file, 3, 7, RuleProblem.Severity.ERROR, message)));
    }
}
