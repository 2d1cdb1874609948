package io.adslot.benchmarks.legacy;

import java.util.HashMap;
import java.util.Map;

/**
 * A stack of open element names with the positions of each name's open elements, so that "is an
 * element of this name open?" and "where is the topmost one?" are constant time and popping to it is
 * amortised constant: the whole scan stays linear even for 100,000 nested or unclosed elements.
 *
 * <p>Articles rarely nest more than a few elements, so the positions per name are kept only once the stack
 * has grown past {@link #SMALL}; below that, lookups look through at most {@link #SMALL} names, which costs
 * less than hashing on every push and pop.
 *
 * <p>Each element keeps the {@link TagInfo#flags} of its name, and the stack counts its elements per flag
 * bit: "is a special element open?" or "is the element at i foreign?" is a count or an array read, not a
 * walk comparing names.
 */
final class ElementStack {

    /** Depth up to which lookups scan the names instead of keeping positions. */
    private static final int SMALL = 16;

    private String[] names = new String[SMALL];
    /** The {@link TagInfo#flags} of each open element's name. */
    private int[] flags = new int[SMALL];
    /** How many open elements have each flag bit. */
    private final int[] withFlag = new int[TagInfo.FLAG_BITS];
    private int size;
    /** Created when the stack first grows past {@link #SMALL}: most scans never need it. */
    private Map<String, Positions> positions;
    /** True once the stack has been deeper than {@link #SMALL} since the last {@link #clear}: positions are kept. */
    private boolean indexing;

    void push(String name) {
        push(name, TagInfo.stackFlags(name));
    }

    /** Pushes {@code name}, whose {@link TagInfo#stackFlags} the caller knows already. */
    void push(String name, int nameFlags) {
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
            flags = java.util.Arrays.copyOf(flags, size * 2);
        }
        names[size] = name;
        flags[size] = nameFlags;
        for (int f = nameFlags; f != 0; f &= f - 1) {
            withFlag[Integer.numberOfTrailingZeros(f)]++;
        }
        size++;
        if (indexing) {
            index(name, size - 1);
        } else if (size > SMALL) {
            indexing = true;
            if (positions == null) {
                positions = new HashMap<>();
            }
            for (int i = 0; i < size; i++) {
                index(names[i], i);
            }
        }
    }

    private void index(String name, int at) {
        positions.computeIfAbsent(name, k -> new Positions()).push(at);
    }

    boolean contains(String name) {
        return topIndexOf(name) >= 0;
    }

    /** Index of the topmost open element named {@code name}, or -1. */
    int topIndexOf(String name) {
        if (indexing) {
            Positions p = positions.get(name);
            return p == null || p.size == 0 ? -1 : p.at[p.size - 1];
        }
        for (int i = size - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** True when an open element has one of the flag bits of {@code mask}. */
    boolean containsAny(int mask) {
        for (int f = mask; f != 0; f &= f - 1) {
            if (withFlag[Integer.numberOfTrailingZeros(f)] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Pops elements down to and including the topmost one named {@code name}; it must be open. */
    void popTo(String name) {
        while (size > 0) {
            String top = names[--size];
            names[size] = null;
            for (int f = flags[size]; f != 0; f &= f - 1) {
                withFlag[Integer.numberOfTrailingZeros(f)]--;
            }
            if (indexing) {
                positions.get(top).size--;
            }
            if (top.equals(name)) {
                return;
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    String get(int i) {
        return names[i];
    }

    /** The {@link TagInfo#flags} of the element at {@code i}. */
    int flagsAt(int i) {
        return flags[i];
    }

    /** True when the element at {@code i} has one of the flag bits of {@code mask}. */
    boolean has(int i, int mask) {
        return (flags[i] & mask) != 0;
    }

    void clear() {
        if (size > 0) {
            java.util.Arrays.fill(withFlag, 0);
        }
        while (size > 0) {
            names[--size] = null;
        }
        if (indexing) {
            positions.clear();
            indexing = false;
        }
    }

    /** The indices of one name's open elements, bottom to top. */
    private static final class Positions {
        private int[] at = new int[4];
        private int size;

        void push(int index) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = index;
        }
    }
}
