package io.adslot.article;

import java.util.HashMap;
import java.util.Map;

/**
 * A stack of open element names with the positions of each name's open elements, so that "is an
 * element of this name open?" and "where is the topmost one?" are constant time and popping to it is
 * amortised constant: the whole scan stays linear even for 100,000 nested or unclosed elements.
 */
final class ElementStack {

    private String[] names = new String[16];
    private int size;
    private final Map<String, Positions> positions = new HashMap<>();

    void push(String name) {
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
        size++;
        positions.computeIfAbsent(name, k -> new Positions()).push(size - 1);
    }

    boolean contains(String name) {
        Positions p = positions.get(name);
        return p != null && p.size > 0;
    }

    /** Index of the topmost open element named {@code name}, or -1. */
    int topIndexOf(String name) {
        Positions p = positions.get(name);
        return p == null || p.size == 0 ? -1 : p.at[p.size - 1];
    }

    /** Pops elements down to and including the topmost one named {@code name}; it must be open. */
    void popTo(String name) {
        while (size > 0) {
            String top = names[--size];
            names[size] = null;
            positions.get(top).size--;
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
        positions.clear();
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
