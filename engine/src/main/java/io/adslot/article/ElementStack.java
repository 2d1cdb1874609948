package io.adslot.article;

import java.util.HashMap;
import java.util.Map;

/**
 * A stack of open element names with a count per name, so that "is an element of this name open?"
 * is constant time and popping to it is amortised constant: the whole scan stays linear even for
 * 100,000 nested or unclosed elements.
 *
 * <p>Articles rarely nest more than a few elements, so the counts per name are kept only once the stack
 * has grown past {@link #SMALL}; below that, {@link #contains} looks through at most {@link #SMALL}
 * names, which costs less than hashing on every push and pop.
 */
final class ElementStack {

    /** Depth up to which {@link #contains} scans the names instead of keeping counts. */
    private static final int SMALL = 16;

    private String[] names = new String[SMALL];
    private int size;
    private final Map<String, int[]> counts = new HashMap<>();
    /** True once the stack has been deeper than {@link #SMALL} since the last {@link #clear}: counts are kept. */
    private boolean counting;

    void push(String name) {
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
        size++;
        if (counting) {
            count(name);
        } else if (size > SMALL) {
            counting = true;
            for (int i = 0; i < size; i++) {
                count(names[i]);
            }
        }
    }

    private void count(String name) {
        counts.computeIfAbsent(name, k -> new int[1])[0]++;
    }

    boolean contains(String name) {
        if (counting) {
            int[] count = counts.get(name);
            return count != null && count[0] > 0;
        }
        for (int i = size - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
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
            if (counting) {
                counts.get(top)[0]--;
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

    void clear() {
        while (size > 0) {
            names[--size] = null;
        }
        if (counting) {
            counts.clear();
            counting = false;
        }
    }
}
