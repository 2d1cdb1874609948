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

    /**
     * Candidate boundaries in ascending order with why each is one. The words of a reason are made only when
     * asked for: most candidates are rejected, and a rejection has words of its own.
     */
    record Candidates(int[] boundaries, int[] reasons, int[] paragraphs, List<Block> blocks) {
        int size() {
            return boundaries.length;
        }

        /** Why the {@code k}-th candidate is one, in the words of the rule that named it. */
        String reason(int k) {
            int code = reasons[k];
            int value = code >>> KIND_BITS;
            return switch (code & KIND_MASK) {
                case AFTER_PARAGRAPH -> "after paragraph " + value + textRun(value);
                case FROM_BOTTOM -> {
                    int number = paragraphs.length - value + 1;
                    yield "after paragraph " + number + " (" + ordinal(value) + " from the bottom)" + textRun(number);
                }
                case AT_PERCENT -> "at " + value + "% of the words";
                case BEFORE_HEADING -> "before heading h" + value;
                case AFTER_HEADING -> "after heading h" + value;
                case AFTER_MEDIA -> "after " + Reason.phrase(BlockKind.values()[value]);
                default -> "at the end of the article";
            };
        }

        /** Says that paragraph {@code number} is a run of text, which counts only by {@code text_runs}: explain's block list calls it text. */
        private String textRun(int number) {
            return blocks.get(paragraphs[number - 1]).kind() == BlockKind.TEXT ? ", a run of text (paragraphs.text_runs)" : "";
        }
    }

    // A reason is an int: the kind of rule in the low bits, its number (a paragraph, a percent, a level) above them.
    // A paragraph number fits: 2^29 blocks would take more than 2^31 chars, or a heap of 30 GB.
    private static final int KIND_BITS = 3;
    private static final int KIND_MASK = (1 << KIND_BITS) - 1;
    private static final int AFTER_PARAGRAPH = 1;
    private static final int FROM_BOTTOM = 2;
    private static final int AT_PERCENT = 3;
    private static final int BEFORE_HEADING = 4;
    private static final int AFTER_HEADING = 5;
    private static final int AFTER_MEDIA = 6;
    private static final int END_OF_ARTICLE = 7;

    /** Indices of the blocks that count as paragraphs under the definition, in document order. */
    static int[] paragraphs(List<Block> blocks, ParagraphDefinition definition) {
        int[] found = new int[blocks.size()];
        int count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean counts = definition.tags().contains(block.tag())
                    || definition.textRuns() && block.kind() == BlockKind.TEXT;
            if (counts && block.words() >= definition.minWords()) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    static Candidates find(List<CandidateRule> rules, int[] paragraphs, ArticleMeasures measures) {
        int n = measures.blockCount();
        int[] reasonAt = new int[n + 1];
        for (CandidateRule rule : rules) {
            if (rule instanceof CandidateRule.AfterParagraphs after) {
                afterParagraphs(after, paragraphs, reasonAt);
            } else if (rule instanceof CandidateRule.AtPercent atPercent) {
                atPercent(atPercent, measures, reasonAt);
            } else if (rule instanceof CandidateRule.EveryParagraphs every) {
                everyParagraphs(every, paragraphs, reasonAt);
            } else if (rule instanceof CandidateRule.BeforeHeadings before) {
                headings(before.levels(), measures.blocks(), 0, BEFORE_HEADING, reasonAt);
            } else if (rule instanceof CandidateRule.AfterHeadings after) {
                headings(after.levels(), measures.blocks(), 1, AFTER_HEADING, reasonAt);
            } else if (rule instanceof CandidateRule.AfterMedia) {
                afterMedia(measures.blocks(), reasonAt);
            } else if (rule instanceof CandidateRule.EndOfArticle) {
                name(reasonAt, n, END_OF_ARTICLE, 0);
            }
        }
        int count = 0;
        for (int reason : reasonAt) {
            if (reason != 0) {
                count++;
            }
        }
        int[] boundaries = new int[count];
        int[] reasons = new int[count];
        int k = 0;
        for (int b = 0; b <= n; b++) {
            if (reasonAt[b] != 0) {
                boundaries[k] = b;
                reasons[k++] = reasonAt[b];
            }
        }
        return new Candidates(boundaries, reasons, paragraphs, measures.blocks());
    }

    private static void afterParagraphs(CandidateRule.AfterParagraphs rule, int[] paragraphs, int[] reasonAt) {
        int count = paragraphs.length;
        for (int p : rule.paragraphs()) {
            if (p < 1 || p > count) {
                continue;
            }
            if (rule.fromBottom()) {
                int number = count - p + 1;
                name(reasonAt, paragraphs[number - 1] + 1, FROM_BOTTOM, p);
            } else {
                name(reasonAt, paragraphs[p - 1] + 1, AFTER_PARAGRAPH, p);
            }
        }
    }

    private static void everyParagraphs(CandidateRule.EveryParagraphs rule, int[] paragraphs, int[] reasonAt) {
        int first = Math.max(1, rule.first());
        int every = Math.max(1, rule.every());
        for (long p = first; p <= paragraphs.length; p += every) {
            name(reasonAt, paragraphs[(int) p - 1] + 1, AFTER_PARAGRAPH, (int) p);
        }
    }

    private static void atPercent(CandidateRule.AtPercent rule, ArticleMeasures measures, int[] reasonAt) {
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
            name(reasonAt, lo, AT_PERCENT, percent);
        }
    }

    private static void headings(List<Integer> levels, List<Block> blocks, int shift, int kind, int[] reasonAt) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.HEADING && (levels.isEmpty() || levels.contains(block.level()))) {
                name(reasonAt, i + shift, kind, block.level());
            }
        }
    }

    private static void afterMedia(List<Block> blocks, int[] reasonAt) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isMedia()) {
                name(reasonAt, i + 1, AFTER_MEDIA, block.kind().ordinal());
            }
        }
    }

    /** Names the boundary's reason unless an earlier rule named it. */
    private static void name(int[] reasonAt, int boundary, int kind, int value) {
        if (reasonAt[boundary] == 0) {
            reasonAt[boundary] = value << KIND_BITS | kind;
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
