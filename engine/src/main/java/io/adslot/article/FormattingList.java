package io.adslot.article;

import java.util.Arrays;

/**
 * The Standard's list of active formatting elements (13.2.4.3): the {@code a}, {@code b}, {@code font}...
 * elements that the parser reopens ("reconstructs") after something closed them, with the markers that
 * cells, captions, templates and objects push. It counts its {@linkplain #stale() stale} entries (those no
 * longer on the stack of open elements): where that count is not zero, the next text or inline tag reopens
 * them, so no slot goes there.
 */
final class FormattingList {

    /** A scope marker. */
    static final TreeElement MARKER = new TreeElement("#marker", 0, null, 0, 0, 0, true, false, false);

    /**
     * How long the list may grow after its last marker. The Standard sets no bound (only the Noah's Ark
     * clause's three of a kind); reopening a longer list at every word would make the scan quadratic, so
     * {@link TreeBuilder} gives up on the input instead (no slot after that point).
     */
    static final int BOUND = 64;

    private TreeElement[] items = new TreeElement[8];
    private int size;
    private int stale;

    int size() {
        return size;
    }

    TreeElement get(int i) {
        return items[i];
    }

    /** Entries not on the stack of open elements: what the next text would reopen. */
    int stale() {
        return stale;
    }

    void elementLeftStack() {
        stale++;
    }

    void pushMarker() {
        add(MARKER);
    }

    /**
     * Pushes {@code e} with the Noah's Ark clause: with three entries after the last marker of the same tag
     * name and attributes, the earliest goes. False when the list has outgrown {@link #BOUND}.
     */
    boolean push(TreeElement e, String src) {
        int same = 0;
        int earliest = -1;
        int i = size - 1;
        for (; i >= 0 && items[i] != MARKER; i--) {
            if (items[i].sameTokenAs(e, src)) {
                same++;
                earliest = i;
            }
        }
        if (same >= 3) {
            removeAt(earliest);
        }
        add(e);
        return size - 1 - i <= BOUND;
    }

    private void add(TreeElement e) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = e;
        if (e != MARKER) {
            e.listed = true;
            if (!e.onStack) {
                stale++;
            }
        }
    }

    /** Index of the last element named {@code name} after the last marker, or -1. */
    int lastAfterMarker(String name) {
        for (int i = size - 1; i >= 0 && items[i] != MARKER; i--) {
            if (items[i].is(name)) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(TreeElement e) {
        for (int i = size - 1; i >= 0; i--) {
            if (items[i] == e) {
                return i;
            }
        }
        return -1;
    }

    void remove(TreeElement e) {
        int i = indexOf(e);
        if (i >= 0) {
            removeAt(i);
        }
    }

    void removeAt(int i) {
        TreeElement e = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        unlist(e);
    }

    void insertAt(int i, TreeElement e) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = null;
        size++;
        items[i] = e;
        e.listed = true;
        if (!e.onStack) {
            stale++;
        }
    }

    void replace(int i, TreeElement e) {
        TreeElement old = items[i];
        items[i] = e;
        unlist(old);
        e.listed = true;
        if (!e.onStack) {
            stale++;
        }
    }

    /** The Standard's "clear the list of active formatting elements up to the last marker". */
    void clearToLastMarker() {
        while (size > 0) {
            TreeElement e = items[--size];
            items[size] = null;
            if (e == MARKER) {
                return;
            }
            unlist(e);
        }
    }

    private void unlist(TreeElement e) {
        if (e == MARKER) {
            return;
        }
        e.listed = false;
        if (!e.onStack) {
            stale--;
        }
    }
}
