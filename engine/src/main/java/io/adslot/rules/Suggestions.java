package io.adslot.rules;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** "Did you mean" for misspelled names: the closest known name by edit distance, when close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The known name closest to {@code typed}, or null when none is plausibly meant: the nearest by edit
     * distance when it is within about a third of the name's length, else the only known name that
     * starts with what was typed ({@code scrol} for {@code scroll-to-continue}).
     */
    public static String closest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String prefixMatch = null;
        int prefixMatches = 0;
        for (String candidate : new TreeSet<>(known)) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(lower, c);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
            if (lower.length() >= 3 && c.startsWith(lower)) {
                prefixMatch = candidate;
                prefixMatches++;
            }
        }
        if (best != null && bestDistance <= Math.max(1, Math.min(3, Math.max(lower.length(), best.length()) / 3))) {
            return best;
        }
        return prefixMatches == 1 ? prefixMatch : null;
    }

    /** {@code , did you mean "x"?} or an empty string. */
    static String didYouMean(String typed, Collection<String> known) {
        String c = closest(typed, known);
        return c == null ? "" : ", did you mean \"" + c + "\"?";
    }

    /** The names sorted and joined with ", ". */
    static String list(Collection<String> known) {
        return String.join(", ", List.copyOf(new TreeSet<>(known)));
    }

    /** Levenshtein distance with two rows: linear memory, no recursion. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
