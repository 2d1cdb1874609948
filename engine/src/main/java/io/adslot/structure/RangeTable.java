package io.adslot.structure;

/**
 * A hash table whose keys are ranges of one string (the page, or the joined words of a selector list),
 * looked up with a range of any string, in place: no key or probe is ever made into a string of its own.
 * Entries are numbered densely from 0 in the order added, so callers keep their values in arrays.
 *
 * <p>Not thread-safe while keys are added; once filled, lookups may be shared.
 *
 * <p>Open addressing with linear probing over a power-of-two table kept at most half full; {@link #add}
 * refuses once {@link #capacity()} entries are in, so the memory is fixed when the table is made.
 */
final class RangeTable {

    private final String keys;
    private final int mask;
    private final int capacity;
    private final int[] keyStart;
    private final int[] keyLength;
    private final int[] entry;
    private int size;

    /** A table for at most {@code capacity} keys, all ranges of {@code keys}. */
    RangeTable(String keys, int capacity) {
        int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
        this.keys = keys;
        this.mask = slots - 1;
        this.capacity = capacity;
        this.keyStart = new int[slots];
        this.keyLength = new int[slots];
        this.entry = new int[slots];
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
        int s = slotOf(keys, start, end);
        keyStart[s] = start;
        keyLength[s] = end - start;
        entry[s] = size;
        return size++;
    }
}
