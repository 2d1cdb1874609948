package io.adslot.benchmarks.peers;

/**
 * Which top-level paragraphs get a slot after them: the {@code first}-th, then every {@code every}-th
 * after it, at most {@code max} slots. Every peer applies this same rule, so that they all do the same
 * insertion; {@link #DEFAULT} is the shipped default rule's shape (after paragraph 2, every 4, at most 3).
 *
 * <p>"Top-level" means what the engine's block scanner means: a {@code <p>} that stands in the body
 * or in containers that only group content ({@link #isContainer(String)}), not one inside a
 * blockquote, list, figure, aside or any other block.
 */
public record InsertionRule(int first, int every, int max) {

    /** After paragraph 2, then every 4th paragraph (6, 10), at most 3 slots. */
    public static final InsertionRule DEFAULT = new InsertionRule(2, 4, 3);

    /** The elements read through like the engine's scanner does (its {@code CONTAINER} role). */
    private static final String[] CONTAINERS = {
        "div", "section", "article", "main", "header", "footer", "center", "body", "html"
    };

    public InsertionRule {
        if (first < 1 || every < 1 || max < 0) {
            throw new IllegalArgumentException("need first >= 1, every >= 1, max >= 0: " + first + ", " + every
                    + ", " + max);
        }
    }

    /** True when a slot goes after top-level paragraph number {@code paragraph} (1-based). */
    public boolean selects(int paragraph) {
        return paragraph >= first && (paragraph - first) % every == 0 && (paragraph - first) / every < max;
    }

    /** True when {@code tag} (lower case) is an element the rule reads through to find paragraphs. */
    static boolean isContainer(String tag) {
        for (String c : CONTAINERS) {
            if (c.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #isContainer(String)}, for a name in {@code buffer[offset, offset + length)}, any case. */
    static boolean isContainer(char[] buffer, int offset, int length) {
        for (String c : CONTAINERS) {
            if (nameEquals(buffer, offset, length, c)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive comparison of a tag name in a buffer with a lower-case ASCII name. */
    static boolean nameEquals(char[] buffer, int offset, int length, String lowerName) {
        if (length != lowerName.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = buffer[offset + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
