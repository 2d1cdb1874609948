package io.adslot.structure;

import java.util.Arrays;

/**
 * The start tag the walk is at: its name and where its attributes' names and values are in the source.
 * One instance is reused for every tag of a walk; it holds offsets, not strings.
 */
final class Tag {

    private static final int MAX_ATTRIBUTES = 32;

    private final String src;
    String name;
    int flags;
    /** The name's {@link TagNames#numberAt number}, -1 for a name {@link TagNames} does not know. */
    int number = -1;
    int start;
    int end;
    boolean selfClosing;
    private int count;
    /** Index of the {@code class} and {@code id} attributes, -1 when absent: most lookups are for these. */
    private int classIndex;
    /** Bit {@code n} set when an attribute name of {@code n} chars (or 63 and more) is present: most lookups stop here. */
    private long nameLengths;
    private int idIndex;
    /** Per attribute, its name's and value's start and end; grows to {@value #MAX_ATTRIBUTES} attributes. */
    private int[] ranges = new int[4 * 4];

    Tag(String src) {
        this.src = src;
    }

    void reset(String name, int flags, int start) {
        this.name = name;
        this.flags = flags;
        this.number = -1;
        this.start = start;
        this.end = start;
        this.selfClosing = false;
        this.count = 0;
        this.classIndex = -1;
        this.idIndex = -1;
        this.nameLengths = 0;
    }

    /** True when the tag has no attributes. */
    boolean bare() {
        return count == 0;
    }

    /** Keeps the first {@value #MAX_ATTRIBUTES} attributes; a duplicate name keeps its first value, as in HTML. */
    void addAttribute(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (count == MAX_ATTRIBUTES || find(src, nameStart, nameEnd - nameStart) >= 0) {
            return;
        }
        int k = count * 4;
        if (k == ranges.length) {
            ranges = Arrays.copyOf(ranges, k * 2);
        }
        ranges[k] = nameStart;
        ranges[k + 1] = nameEnd;
        ranges[k + 2] = valueStart;
        ranges[k + 3] = valueEnd;
        int length = nameEnd - nameStart;
        nameLengths |= 1L << Math.min(length, 63);
        if (length == 5 && src.regionMatches(true, nameStart, "class", 0, 5)) {
            classIndex = count;
        } else if (length == 2 && src.regionMatches(true, nameStart, "id", 0, 2)) {
            idIndex = count;
        }
        count++;
    }

    boolean hasAttributes() {
        return count > 0;
    }

    String source() {
        return src;
    }

    /** Index of the attribute named {@code lowerName}, or -1. */
    int attribute(String lowerName) {
        // literals and the selectors' attribute names are interned: most lookups end at one of these two
        if (lowerName == "class") {
            return classIndex;
        }
        if (lowerName == "id") {
            return idIndex;
        }
        // not a switch on the name, which hashes it at every call
        int length = lowerName.length();
        if (length == 5 && lowerName.equals("class")) {
            return classIndex;
        }
        return length == 2 && lowerName.equals("id") ? idIndex : find(lowerName, 0, length);
    }

    /** Index of the {@code class} attribute, or -1: {@code attribute("class")}, asked at every element. */
    int classAttribute() {
        return classIndex;
    }

    /** Index of the {@code id} attribute, or -1. */
    int idAttribute() {
        return idIndex;
    }

    private int find(String text, int at, int length) {
        if ((nameLengths & (1L << Math.min(length, 63))) == 0) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            if (ranges[k + 1] - ranges[k] == length && src.regionMatches(true, ranges[k], text, at, length)) {
                return i;
            }
        }
        return -1;
    }

    int valueStart(int attribute) {
        return ranges[attribute * 4 + 2];
    }

    int valueEnd(int attribute) {
        return ranges[attribute * 4 + 3];
    }

    /** The attribute's value, or null when absent; allocates, so only for what is kept. */
    String value(String lowerName) {
        int a = attribute(lowerName);
        return a < 0 ? null : src.substring(valueStart(a), valueEnd(a));
    }

    /** True when the class attribute holds {@code className} as one of its tokens (exact case). */
    boolean hasClass(String className) {
        int a = classAttribute();
        return a >= 0 && Tokens.contains(src, valueStart(a), valueEnd(a), className);
    }

    /** A short CSS-like description ({@code div#main.entry-content}), for explanations. */
    String describe() {
        StringBuilder b = new StringBuilder(name);
        int id = idAttribute();
        if (id >= 0 && valueEnd(id) > valueStart(id)) {
            b.append('#').append(src, valueStart(id), Math.min(valueEnd(id), valueStart(id) + 60));
        }
        int cls = classAttribute();
        if (cls >= 0) {
            int end = valueEnd(cls);
            int tokens = 0;
            for (int s = Tokens.skipSpace(src, valueStart(cls), end); s < end && tokens < 4; tokens++) {
                int e = Tokens.tokenEnd(src, s, end);
                b.append('.').append(src, s, Math.min(e, s + 60));
                s = Tokens.skipSpace(src, e, end);
            }
        }
        return b.toString();
    }
}
