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
        int s = slotOf(src, start, end);
        return keyLength[s] == 0 ? -1 : entry[s];
    }

    /** The slot holding the key {@code src[start, end)}, or the empty slot where it would go. */
    private int slotOf(String src, int start, int end) {
        int length = end - start;
        int h = length;
        for (int i = start; i < end; i++) {
            h = 31 * h + src.charAt(i);
        }
        int s = (h ^ (h >>> 15)) & mask;
        while (keyLength[s] != 0) {
            if (keyLength[s] == length && keys.regionMatches(keyStart[s], src, start, length)) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return s;
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
        int s = slotOf(keys, start, end);
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
                int s = slotOf(keys, oldStart[i], oldStart[i] + oldLength[i]);
                keyStart[s] = oldStart[i];
                keyLength[s] = oldLength[i];
                entry[s] = oldEntry[i];
            }
        }
    }
}
