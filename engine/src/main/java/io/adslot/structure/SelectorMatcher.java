package io.adslot.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a list of selectors against the elements of a {@link TagWalk} as they open, in constant time per
 * element and compound, without looking at ancestors again.
 *
 * <p>For each complex selector of {@code k} compounds, every open element carries a set of prefix
 * lengths (bits of a long): bit {@code b} means "compounds {@code 0..b-1} are matched by this element or
 * its ancestors in a way that lets compound {@code b} match a child of it". An element matching compound
 * {@code b} with bit {@code b} set in its parent's set extends the prefix; bit {@code k} means the whole
 * selector matches. A prefix reached through a descendant combinator stays available to every descendant,
 * one reached through a child combinator only to the element's children. This is the usual automaton for
 * descendant and child combinators; it needs no backtracking.
 */
final class SelectorMatcher {

    private final List<Selector.Complex> complexes = new ArrayList<>();
    /** For each complex selector, which of the owners (the selector lists given) it belongs to. */
    private final List<Integer> owners = new ArrayList<>();
    private final long[] descendantBits;
    private long[] states = new long[0];
    private final int width;

    /** A matcher for these selector lists; {@link #matches} answers by list index. */
    SelectorMatcher(List<Selector> lists) {
        for (int owner = 0; owner < lists.size(); owner++) {
            for (Selector.Complex c : lists.get(owner).selectors()) {
                complexes.add(c);
                owners.add(owner);
            }
        }
        width = complexes.size();
        descendantBits = new long[width];
        for (int j = 0; j < width; j++) {
            boolean[] child = complexes.get(j).childBefore();
            long bits = 0;
            for (int b = 1; b < child.length; b++) {
                if (!child[b]) {
                    bits |= 1L << b;
                }
            }
            descendantBits[j] = bits;
        }
    }

    boolean isEmpty() {
        return width == 0;
    }

    /**
     * Takes the element opening at {@code depth} and sets bit {@code i} of the answer for each selector list
     * {@code i} it matches (lists beyond 63 are not reported).
     */
    long open(Tag tag, int depth) {
        if (width == 0) {
            return 0;
        }
        int need = (depth + 1) * width;
        if (states.length < need) {
            states = java.util.Arrays.copyOf(states, Math.max(need, states.length * 2));
        }
        long matched = 0;
        int base = depth * width;
        int parentBase = base - width;
        for (int j = 0; j < width; j++) {
            long parent = depth == 0 ? 1L : states[parentBase + j];
            List<Selector.Compound> compounds = complexes.get(j).compounds();
            int k = compounds.size();
            long here = 0;
            for (long bits = parent; bits != 0; bits &= bits - 1) {
                int b = Long.numberOfTrailingZeros(bits);
                if (b < k && compounds.get(b).matches(tag)) {
                    here |= 1L << (b + 1);
                }
            }
            if ((here & (1L << k)) != 0) {
                int owner = owners.get(j);
                if (owner < 64) {
                    matched |= 1L << owner;
                }
            }
            states[base + j] = 1L | (parent & descendantBits[j]) | (here & ~(1L << k));
        }
        return matched;
    }
}
