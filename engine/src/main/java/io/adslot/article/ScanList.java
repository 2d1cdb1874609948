package io.adslot.article;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The list a scan fills with blocks or markers and then hands to its {@link ScannedArticle} as it is: once
 * {@linkplain #freeze() frozen} it is unmodifiable, so the article need not copy it (a copy per list is
 * most of what a scan allocates besides the blocks themselves).
 */
class ScanList<E> extends AbstractList<E> implements RandomAccess {

    private Object[] items;
    private int size;
    private boolean frozen;

    ScanList(int capacity) {
        items = new Object[Math.max(capacity, 1)];
    }

    @Override
    public boolean add(E e) {
        checkOpen();
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 1);
        }
        items[size++] = e;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E e) {
        checkOpen();
        E old = get(index);
        items[index] = e;
        return old;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return (E) items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Ends the filling: from now on every change throws, as for any list a {@link ScannedArticle} holds. */
    ScanList<E> freeze() {
        frozen = true;
        return this;
    }

    boolean frozen() {
        return frozen;
    }

    private void checkOpen() {
        if (frozen) {
            throw new UnsupportedOperationException("a scanned article's lists are unmodifiable");
        }
    }
}
