package io.adslot.structure;

/**
 * What class values match, kept across the reads of one compiled rule set ({@link SelectorMatcher}): the
 * selectors' class names and other class conditions a value meets, its class hints and whether it names an
 * ad.
 *
 * <p>Why: a site's pages are made from the same templates, so its class values ({@code wp-block-image
 * size-large}, {@code entry-content}) come back page after page, as the class tokens that
 * {@link ClassHints.Vocabulary} keeps do. Working out what a value matches once per read was a fifth of the
 * structure pass on a 20 KB news body.
 *
 * <p>Bounded: values of at most {@value #MAX_VALUE} chars, in {@value #SLOTS} slots; a value looks in two and
 * takes one from whatever held it when both are full, so the values a site uses now stay. Thread-safe
 * without locks: a slot holds an immutable entry or null. What a read finds never depends on what was kept.
 */
final class ClassValueMemo {

    static final int MAX_VALUE = 200;
    static final int SLOTS = 4096;

    /** What the class value {@code value} matches. */
    record Entry(String value, int hash, long words, long conditions, int hints, boolean namesAnAd) {
    }

    private final Entry[] table;

    ClassValueMemo() {
        this(SLOTS);
    }

    /** A memo of {@code slots} slots, a power of two. */
    ClassValueMemo(int slots) {
        this.table = new Entry[slots];
    }

    /** The hash of {@code src[start, end)}. */
    static int hash(String src, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            h = 31 * h + src.charAt(i);
        }
        return h ^ (h >>> 15);
    }

    /** The entry kept for the value {@code src[start, end)} of hash {@code hash}, or null. */
    Entry find(String src, int start, int end, int hash) {
        int slot = hash & (table.length - 1);
        Entry first = table[slot];
        if (first != null && holds(first, src, start, end, hash)) {
            return first;
        }
        Entry second = table[slot ^ 1];
        return second != null && holds(second, src, start, end, hash) ? second : null;
    }

    /** Keeps {@code entry}, in a free slot of its two or, both taken, in the one its hash picks. */
    void keep(Entry entry) {
        int slot = entry.hash & (table.length - 1);
        if (table[slot] != null && table[slot ^ 1] == null) {
            slot ^= 1;
        } else if (table[slot] != null) {
            slot ^= (entry.hash >>> 16) & 1;
        }
        table[slot] = entry;
    }

    private static boolean holds(Entry entry, String src, int start, int end, int hash) {
        return entry.hash == hash && entry.value.length() == end - start
                && src.regionMatches(start, entry.value, 0, end - start);
    }
}
