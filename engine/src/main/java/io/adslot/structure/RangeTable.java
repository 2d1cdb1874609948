package io.adslot.structure;

/**
 * A hash table whose keys are ranges of one string (the page, or the joined words of a selector list),
 * looked up with a range of any string, in place: no key or probe is ever made into a string of its own.
 * Entries are numbered densely from 0 in the order added, so callers keep their values in arrays.
 *
 * <p>Not thread-safe while keys are added; once filled, lookups may be shared.
 *
 * <p>Open addressing with linear probing over a power-of-two table kept at most half full; {@link #add}
 * refuses once {@link #capacity()} entries are in, so the memory is bounded when the table is made; it
 * starts small and doubles as entries come.
 */
final class RangeTable {

    /** Entries a table has room for before it first grows: most walks remember a few dozen tags or tokens. */
    private static final int INITIAL_ENTRIES = 16;

    private final String keys;
    private final int capacity;
    private int mask;
    private int[] keyStart;
    private int[] keyLength;
    private int[] entry;
    private int size;
    /** The key {@link #find} looked for last and its hash: a miss is usually followed by adding that key. */
    private String lastSource;
    private int lastStart = -1;
    private int lastEnd;
    private int lastHash;

    /** A table for at most {@code capacity} keys, all ranges of {@code keys}. */
    RangeTable(String keys, int capacity) {
        this.keys = keys;
        this.capacity = capacity;
        allocate(slotsFor(Math.min(capacity, INITIAL_ENTRIES)));
    }

    /** A power of two at least twice {@code entries}: the table stays at most half full. */
    private static int slotsFor(int entries) {
        return Integer.highestOneBit(Math.max(2, entries) * 2 - 1) * 2;
    }

    private void allocate(int slots) {
        mask = slots - 1;
        keyStart = new int[slots];
        keyLength = new int[slots];
        entry = new int[slots];
    }

    int capacity() {
        return capacity;
    }

    /** The entry whose key equals {@code src[start, end)} (compared exactly), or -1. */
    int find(String src, int start, int end) {
        int h = hash(src, start, end);
        lastSource = src;
        lastStart = start;
        lastEnd = end;
        lastHash = h;
        int s = slotOf(src, start, end, h);
        return keyLength[s] == 0 ? -1 : entry[s];
    }

    /** The slot holding the key {@code src[start, end)}, or the empty slot where it would go. */
    private int slotOf(String src, int start, int end, int hash) {
        int length = end - start;
        int s = hash & mask;
        while (keyLength[s] != 0) {
            if (keyLength[s] == length && keys.regionMatches(keyStart[s], src, start, length)) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return s;
    }

    /**
     * A hash of {@code src[start, end)} in four interleaved lanes: a tag remembered by its text runs to 200
     * chars, and one chain of multiply-adds over all of them was a tenth of the structure pass on real bodies.
     */
    private static int hash(String src, int start, int end) {
        int h0 = 0;
        int h1 = 0;
        int h2 = 0;
        int h3 = 0;
        int i = start;
        for (; i + 4 <= end; i += 4) {
            h0 = 31 * h0 + src.charAt(i);
            h1 = 31 * h1 + src.charAt(i + 1);
            h2 = 31 * h2 + src.charAt(i + 2);
            h3 = 31 * h3 + src.charAt(i + 3);
        }
        for (; i < end; i++) {
            h0 = 31 * h0 + src.charAt(i);
        }
        int h = (((h0 * 0x01000193 ^ h1) * 0x01000193 ^ h2) * 0x01000193 ^ h3) ^ (end - start) * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /**
     * Adds the key {@code keys[start, end)}, which must not be in the table yet; returns its entry, or -1 when
     * the table is full or the key empty.
     */
    int add(int start, int end) {
        if (size == capacity || end <= start) {
            return -1;
        }
        if ((size + 1) * 2 > mask + 1) {
            grow();
        }
        int h = keys == lastSource && start == lastStart && end == lastEnd ? lastHash : hash(keys, start, end);
        int s = slotOf(keys, start, end, h);
        keyStart[s] = start;
        keyLength[s] = end - start;
        entry[s] = size;
        return size++;
    }

    /** Doubles the slots, keeping every entry's number. */
    private void grow() {
        int[] oldStart = keyStart;
        int[] oldLength = keyLength;
        int[] oldEntry = entry;
        allocate(oldStart.length * 2);
        for (int i = 0; i < oldStart.length; i++) {
            if (oldLength[i] != 0) {
                int s = slotOf(keys, oldStart[i], oldStart[i] + oldLength[i], hash(keys, oldStart[i], oldStart[i] + oldLength[i]));
                keyStart[s] = oldStart[i];
                keyLength[s] = oldLength[i];
                entry[s] = oldEntry[i];
            }
        }
    }
}
