package io.adslot.rules;

import java.util.List;

/** One way a placement names candidate boundaries. A placement's candidates are the union of its rules. */
public sealed interface CandidateRule {

    /**
     * After the given paragraphs (1-based), counted from the top, or from the bottom
     * ({@code fromBottom}: 1 is the last paragraph).
     */
    record AfterParagraphs(List<Integer> paragraphs, boolean fromBottom) implements CandidateRule {
        public AfterParagraphs {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * At percentages of the article's words (33 = the first boundary at or after a third of the words).
     */
    record AtPercent(List<Integer> percents) implements CandidateRule {
        public AtPercent {
            percents = List.copyOf(percents);
        }
    }

    /** After paragraph {@code first}, then after every {@code every} further paragraphs. */
    record EveryParagraphs(int first, int every) implements CandidateRule {
    }

    /** Before every heading of the given levels (all levels when empty). */
    record BeforeHeadings(List<Integer> levels) implements CandidateRule {
        public BeforeHeadings {
            levels = List.copyOf(levels);
        }
    }

    /** After every heading of the given levels (all levels when empty). */
    record AfterHeadings(List<Integer> levels) implements CandidateRule {
        public AfterHeadings {
            levels = List.copyOf(levels);
        }
    }

    /** After every image, figure or embed. */
    record AfterMedia() implements CandidateRule {
    }

    /** At the end of the article. */
    record EndOfArticle() implements CandidateRule {
    }
}
