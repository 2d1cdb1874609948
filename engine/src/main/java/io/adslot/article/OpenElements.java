package io.adslot.article;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Standard's stack of open elements (13.2.4.3) for {@link TreeBuilder}, with its scope tests in
 * constant time: for each kind of scope boundary the stack keeps the indices of the open boundaries, and
 * for each name (once the stack is deeper than {@link #SMALL}) the indices of its open elements, so that
 * "has an element in scope" compares the topmost element of a name with the topmost boundary instead of
 * walking the stack. Pops are amortised constant; an insertion or removal in the middle (only the adoption
 * agency and {@code </form>} do that) re-indexes what lies above it, which {@link TreeBuilder} bounds.
 */
final class OpenElements {

    /** The scopes of the Standard's "has an element in ... scope" (13.2.4.2). */
    enum Scope {
        DEFAULT, LIST_ITEM, BUTTON, TABLE, SELECT,
        /** Table scope as jsoup tests it: only {@code html} and {@code table} end it, not {@code template}. */
        TABLE_THROUGH_TEMPLATE
    }

    /** Depth up to which a name's topmost element is found by a look through the names. */
    private static final int SMALL = 16;

    // index lists kept per kind of element
    private static final int DEFAULT_BOUNDARY = 0;
    private static final int LIST_BOUNDARY = 1;
    private static final int BUTTON_BOUNDARY = 2;
    private static final int TABLE_BOUNDARY = 3;
    private static final int HEADING = 4;
    private static final int MODE_ELEMENT = 5;
    private static final int SPECIAL = 6;
    /** Special elements other than address, div and p: they stop the walk of an li, dd or dt start tag. */
    private static final int SPECIAL_BUT_ADDRESS_DIV_P = 7;
    private static final int HTML = 8;
    private static final int NOT_CONTAINER = 9;
    /** {@code dialog}, which jsoup's reading counts special ({@link Reading#dialogPlain}). */
    private static final int DIALOG = 10;
    /** SVG and MathML elements: where Gecko's reset of the insertion mode stops ({@link Reading#GECKO}). */
    private static final int FOREIGN = 11;
    /** The table scope boundaries but {@code template}: {@link Scope#TABLE_THROUGH_TEMPLATE}. */
    private static final int TABLE_BOUNDARY_BUT_TEMPLATE = 12;
    private static final int KINDS = 13;

    private static final int[] NONE = new int[0];

    private final FormattingList formatting;
    private TreeElement[] items = new TreeElement[SMALL];
    private int size;
    private final int[][] indices = new int[KINDS][];
    private final int[] counts = new int[KINDS];
    private Map<String, int[]> positions;
    private boolean indexing;

    OpenElements(FormattingList formatting) {
        this.formatting = formatting;
        // each kind's list is made when its first element is pushed: an article meets a few of the kinds
        Arrays.fill(indices, NONE);
    }

    int size() {
        return size;
    }

    TreeElement get(int i) {
        return items[i];
    }

    /** The current node: the most recently opened element still open. */
    TreeElement current() {
        return items[size - 1];
    }

    void push(TreeElement e) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = e;
        e.onStack = true;
        index(e, size - 1);
        if (!indexing && size > SMALL) {
            indexing = true;
            positions = positions == null ? new HashMap<>() : positions;
            for (int i = 0; i < size - 1; i++) {
                namePosition(items[i].name, i);
            }
        }
        if (indexing) {
            namePosition(e.name, size - 1);
        }
    }

    TreeElement pop() {
        TreeElement e = items[--size];
        items[size] = null;
        for (int kinds = e.kinds | 1 << NOT_CONTAINER; kinds != 0; kinds &= kinds - 1) {
            int k = Integer.numberOfTrailingZeros(kinds);
            if (counts[k] > 0 && indices[k][counts[k] - 1] == size) {
                counts[k]--;
            }
        }
        if (indexing) {
            int[] at = positions.get(e.name);
            at[0]--;
        }
        left(e);
        return e;
    }

    /** Removes the element at {@code i} (the adoption agency, {@code </form>}): costs the elements above it. */
    TreeElement removeAt(int i) {
        TreeElement e = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        trimName(e.name, i);
        reindexFrom(i);
        left(e);
        return e;
    }

    /** Inserts {@code e} at {@code i}, moving the elements from there up by one. */
    void insertAt(int i, TreeElement e) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = e;
        size++;
        e.onStack = true;
        reindexFrom(i);
    }

    /** Replaces the element at {@code i} by {@code e}, a clone the adoption agency made. */
    void replace(int i, TreeElement e) {
        TreeElement old = items[i];
        items[i] = e;
        e.kinds = old.kinds; // same name and flags: listed under the same kinds
        e.onStack = true;
        left(old);
    }

    /** The container flag of the element at {@code i} changed: re-indexes from there. */
    void containerChanged(int i) {
        reindexFrom(i);
    }

    private void left(TreeElement e) {
        e.onStack = false;
        if (e.listed) {
            formatting.elementLeftStack();
        }
    }

    int topIndexOf(String name) {
        if (indexing) {
            int[] at = positions.get(name);
            return at == null || at[0] == 0 ? -1 : at[at[0]];
        }
        for (int i = size - 1; i >= 0; i--) {
            if (items[i].name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(TreeElement e) {
        int i = topIndexOf(e.name);
        while (i >= 0 && items[i] != e) {
            i--; // rare: another element of its name opened above it
        }
        return i;
    }

    boolean contains(String name) {
        return topIndexOf(name) >= 0;
    }

    /** The Standard's "has an element in the specific scope" for an HTML element named {@code name}. */
    boolean inScope(String name, Scope scope) {
        int at = topIndexOf(name);
        return at >= 0 && at >= boundary(scope); // the element may be a boundary itself (a table in table scope)
    }

    /** Index of the topmost element that ends a search in {@code scope} (an element below it is out of scope), or -1. */
    int boundary(Scope scope) {
        return switch (scope) {
            case DEFAULT -> top(DEFAULT_BOUNDARY);
            case LIST_ITEM -> Math.max(top(DEFAULT_BOUNDARY), top(LIST_BOUNDARY));
            case BUTTON -> Math.max(top(DEFAULT_BOUNDARY), top(BUTTON_BOUNDARY));
            case TABLE -> top(TABLE_BOUNDARY);
            case TABLE_THROUGH_TEMPLATE -> top(TABLE_BOUNDARY_BUT_TEMPLATE);
            case SELECT -> selectBoundary();
        };
    }

    /** In select scope everything but optgroup and option is a boundary: a short walk. */
    private int selectBoundary() {
        for (int i = size - 1; i >= 0; i--) {
            if (!items[i].is("optgroup") && !items[i].is("option")) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the topmost open h1-h6, or -1. */
    int topHeading() {
        return top(HEADING);
    }

    int topSpecial() {
        return top(SPECIAL);
    }

    int topSpecialButAddressDivP() {
        return top(SPECIAL_BUT_ADDRESS_DIV_P);
    }

    /** Index of the topmost SVG or MathML element, or -1. */
    int topForeign() {
        return top(FOREIGN);
    }

    int topHtmlElement() {
        return top(HTML);
    }

    /** Index of the lowest element that is not a container (see {@link TreeElement#container}), or -1. */
    int lowestNotContainer() {
        return counts[NOT_CONTAINER] == 0 ? -1 : indices[NOT_CONTAINER][0];
    }

    /** The indices of the open mode elements ({@link TagInfo#MODE_ELEMENT}), from the top down: {@code k}-th from the top, or -1. */
    int modeElement(int fromTop) {
        int c = counts[MODE_ELEMENT];
        return fromTop < c ? indices[MODE_ELEMENT][c - 1 - fromTop] : -1;
    }

    private int top(int kind) {
        return counts[kind] == 0 ? -1 : indices[kind][counts[kind] - 1];
    }

    private void index(TreeElement e, int at) {
        e.kinds = 0;
        int f = e.flags;
        if ((f & TagInfo.SCOPE_BOUNDARY) != 0 && !e.is("select")) {
            add(e, DEFAULT_BOUNDARY, at);
        }
        if ((f & TagInfo.LIST_SCOPE) != 0) {
            add(e, LIST_BOUNDARY, at);
        }
        if ((f & TagInfo.BUTTON_SCOPE) != 0) {
            add(e, BUTTON_BOUNDARY, at);
        }
        if ((f & TagInfo.TABLE_SCOPE) != 0) {
            add(e, TABLE_BOUNDARY, at);
            if (!e.is("template")) {
                add(e, TABLE_BOUNDARY_BUT_TEMPLATE, at);
            }
        }
        if ((f & TagInfo.HEADING) != 0) {
            add(e, HEADING, at);
        }
        if ((f & TagInfo.MODE_ELEMENT) != 0) {
            add(e, MODE_ELEMENT, at);
        }
        if ((f & TagInfo.SPEC_SPECIAL) != 0) {
            add(e, SPECIAL, at);
            if (!e.is("address") && !e.is("div") && !e.is("p")) {
                add(e, SPECIAL_BUT_ADDRESS_DIV_P, at);
            }
        }
        if ((f & TagInfo.FOREIGN) == 0) {
            add(e, HTML, at);
        } else {
            add(e, FOREIGN, at);
        }
        if (!e.container) {
            add(e, NOT_CONTAINER, at);
        }
        if (e.is("dialog")) {
            add(e, DIALOG, at);
        }
    }

    /** Whether the topmost table scope boundary is a {@code template}: only then do the two table scopes differ. */
    boolean templateBoundsTableScope() {
        return top(TABLE_BOUNDARY) != top(TABLE_BOUNDARY_BUT_TEMPLATE);
    }

    /** Index of the topmost open {@code dialog}, or -1, in constant time. */
    int topDialog() {
        return top(DIALOG);
    }

    private void add(TreeElement e, int kind, int at) {
        e.kinds |= 1 << kind;
        int[] list = indices[kind];
        if (counts[kind] == list.length) {
            indices[kind] = list = Arrays.copyOf(list, Math.max(8, list.length * 2));
        }
        list[counts[kind]++] = at;
    }

    private void namePosition(String name, int at) {
        int[] list = positions.get(name);
        if (list == null) {
            list = new int[5];
            positions.put(name, list);
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            positions.put(name, list);
        }
        list[++list[0]] = at;
    }

    private void reindexFrom(int from) {
        for (int k = 0; k < KINDS; k++) {
            while (counts[k] > 0 && indices[k][counts[k] - 1] >= from) {
                counts[k]--;
            }
        }
        for (int i = from; i < size; i++) {
            index(items[i], i);
        }
        if (indexing) {
            for (int i = from; i < size; i++) {
                trimName(items[i].name, from);
            }
            for (int i = from; i < size; i++) {
                namePosition(items[i].name, i);
            }
        }
    }

    /** Drops the positions at or above {@code from} of {@code name}'s open elements. */
    private void trimName(String name, int from) {
        if (!indexing) {
            return;
        }
        int[] list = positions.get(name);
        while (list != null && list[0] > 0 && list[list[0]] >= from) {
            list[0]--;
        }
    }
}
