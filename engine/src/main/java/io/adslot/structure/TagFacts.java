package io.adslot.structure;

import java.util.Arrays;

/**
 * What a start tag's own text says (which selector compounds it matches, its class hints), remembered per
 * distinct tag text for one walk.
 *
 * <p>Why: a page repeats the same few start tags ({@code <p>}, {@code <div class="sqs-block-content">},
 * {@code <span class="caption">}) hundreds of times, and reading their class lists against every ad
 * signature and hint word was most of the structure pass's time. A repeat now costs one hash of the tag's
 * text and one comparison with the first occurrence, both in place in the source: no string is made.
 *
 * <p>Bounded: tags longer than {@value #MAX_KEY} chars (inline styles, data URIs) are not remembered, nor
 * anything past the first {@value #CAPACITY} distinct tags; those are read each time.
 */
final class TagFacts {

    static final int MAX_KEY = 200;
    static final int CAPACITY = 256;

    private final String src;
    private final RangeTable table;
    /** Per entry of {@link #table}: grown with it, as most walks remember a few dozen tags. */
    private long[] compounds = new long[16];
    private int[] hints = new int[16];
    /** The entry the last {@link #lookUp} found; -1 after a miss. */
    private int found;
    private boolean remembers;

    TagFacts(String src) {
        this.src = src;
        this.table = new RangeTable(src, CAPACITY);
    }

    /**
     * Looks the tag's text up; true when it was seen before ({@link #compounds()} and {@link #hints()} then
     * answer for it). After a miss, {@link #remember} stores the facts for the next occurrence.
     */
    boolean lookUp(Tag tag) {
        int from = tag.start + 1;
        remembers = tag.end - from <= MAX_KEY;
        found = remembers ? table.find(src, from, tag.end) : -1;
        return found >= 0;
    }

    long compounds() {
        return compounds[found];
    }

    int hints() {
        return hints[found];
    }

    /** Stores the facts of the tag the last {@link #lookUp} missed, when there is room. */
    void remember(Tag tag, long matchedCompounds, int tagHints) {
        if (!remembers) {
            return;
        }
        int e = table.add(tag.start + 1, tag.end);
        if (e >= 0) {
            if (e == compounds.length) {
                compounds = Arrays.copyOf(compounds, e * 2);
                hints = Arrays.copyOf(hints, e * 2);
            }
            compounds[e] = matchedCompounds;
            hints[e] = tagHints;
        }
    }
}
