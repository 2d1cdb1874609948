package io.adslot.article;

import java.util.HashMap;
import java.util.Map;

/**
 * A stack of open element names with a count per name, so that "is an element of this name open?"
 * is constant time and popping to it is amortised constant: the whole scan stays linear even for
 * 100,000 nested or unclosed elements.
 */
final class ElementStack {

    private String[] names = new String[16];
    private int size;
    private final Map<String, int[]> counts = new HashMap<>();

    void push(String name) {
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
        size++;
        counts.computeIfAbsent(name, k -> new int[1])[0]++;
    }

    boolean contains(String name) {
        int[] count = counts.get(name);
        return count != null && count[0] > 0;
    }

    /** Pops elements down to and including the topmost one named {@code name}; it must be open. */
    void popTo(String name) {
        while (size > 0) {
            String top = names[--size];
            names[size] = null;
            counts.get(top)[0]--;
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
        counts.clear();
    }
}
