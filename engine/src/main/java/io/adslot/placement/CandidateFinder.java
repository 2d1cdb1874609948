package io.adslot.placement;

import io.adslot.article.Block;
import io.adslot.article.BlockKind;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.ParagraphDefinition;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a placement's candidate rules into the boundaries they name, in document order, each with
 * the rule that named it first ({@code after paragraph 2}, {@code at 50% of the words}).
 */
final class CandidateFinder {

    private CandidateFinder() {
    }

    /** Candidate boundaries in ascending order with why each is one. */
    record Candidates(int[] boundaries, String[] reasons) {
        int size() {
            return boundaries.length;
        }
    }

    /** Indices of the blocks that count as paragraphs under the definition, in document order. */
    static int[] paragraphs(List<Block> blocks, ParagraphDefinition definition) {
        int[] found = new int[blocks.size()];
        int count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (definition.tags().contains(block.tag()) && block.words() >= definition.minWords()) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    static Candidates find(List<CandidateRule> rules, int[] paragraphs, ArticleMeasures measures) {
        int n = measures.blockCount();
        String[] reasonAt = new String[n + 1];
        for (CandidateRule rule : rules) {
            if (rule instanceof CandidateRule.AfterParagraphs after) {
                afterParagraphs(after, paragraphs, reasonAt);
            } else if (rule instanceof CandidateRule.AtPercent atPercent) {
                atPercent(atPercent, measures, reasonAt);
            } else if (rule instanceof CandidateRule.EveryParagraphs every) {
                everyParagraphs(every, paragraphs, reasonAt);
            } else if (rule instanceof CandidateRule.BeforeHeadings before) {
                headings(before.levels(), measures.blocks(), 0, "before", reasonAt);
            } else if (rule instanceof CandidateRule.AfterHeadings after) {
                headings(after.levels(), measures.blocks(), 1, "after", reasonAt);
            } else if (rule instanceof CandidateRule.AfterMedia) {
                afterMedia(measures.blocks(), reasonAt);
            } else if (rule instanceof CandidateRule.EndOfArticle) {
                name(reasonAt, n, "at the end of the article");
            }
        }
        int count = 0;
        for (String reason : reasonAt) {
            if (reason != null) {
                count++;
            }
        }
        int[] boundaries = new int[count];
        String[] reasons = new String[count];
        int k = 0;
        for (int b = 0; b <= n; b++) {
            if (reasonAt[b] != null) {
                boundaries[k] = b;
                reasons[k++] = reasonAt[b];
            }
        }
        return new Candidates(boundaries, reasons);
    }

    private static void afterParagraphs(CandidateRule.AfterParagraphs rule, int[] paragraphs, String[] reasonAt) {
        int count = paragraphs.length;
        for (int p : rule.paragraphs()) {
            if (p < 1 || p > count) {
                continue;
            }
            if (rule.fromBottom()) {
                int number = count - p + 1;
                name(reasonAt, paragraphs[number - 1] + 1,
                        "after paragraph " + number + " (" + ordinal(p) + " from the bottom)");
            } else {
                name(reasonAt, paragraphs[p - 1] + 1, "after paragraph " + p);
            }
        }
    }

    private static void everyParagraphs(CandidateRule.EveryParagraphs rule, int[] paragraphs, String[] reasonAt) {
        int first = Math.max(1, rule.first());
        int every = Math.max(1, rule.every());
        for (long p = first; p <= paragraphs.length; p += every) {
            name(reasonAt, paragraphs[(int) p - 1] + 1, "after paragraph " + p);
        }
    }

    private static void atPercent(CandidateRule.AtPercent rule, ArticleMeasures measures, String[] reasonAt) {
        long total = measures.totalWords();
        int n = measures.blockCount();
        for (int percent : rule.percents()) {
            // The first boundary with at least percent% of the words above it (binary search on the prefix).
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (measures.wordsBefore(mid) * 100 >= (long) percent * total) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            name(reasonAt, lo, "at " + percent + "% of the words");
        }
    }

    private static void headings(List<Integer> levels, List<Block> blocks, int shift, String where, String[] reasonAt) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.HEADING && (levels.isEmpty() || levels.contains(block.level()))) {
                name(reasonAt, i + shift, where + " heading h" + block.level());
            }
        }
    }

    private static void afterMedia(List<Block> blocks, String[] reasonAt) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isMedia()) {
                name(reasonAt, i + 1, "after " + Reason.phrase(block.kind()));
            }
        }
    }

    private static void name(String[] reasonAt, int boundary, String reason) {
        if (reasonAt[boundary] == null) {
            reasonAt[boundary] = reason;
        }
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
