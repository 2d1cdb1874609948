package io.adslot.structure;

import java.util.Arrays;

/**
 * What each class value of a page matches, remembered for one read: which of the selectors' class names and
 * other class conditions it meets ({@link SelectorMatcher#classWordsOf}, {@link SelectorMatcher#classConditionsOf})
 * and its class hints ({@link ClassHints.Reader#ofClassValue}).
 *
 * <p>Why: a page repeats its class values far more often than its whole start tags, which differ in ids,
 * links and sources, so a memo of whole tags misses where this one hits. On real bodies reading
 * class values was most of the structure pass's work on the elements it opens.
 *
 * <p>Bounded: values longer than {@value #MAX_VALUE} chars are not remembered, nor anything past the first
 * {@value #CAPACITY} distinct values; those are read each time.
 */
final class ClassValues {

    static final int MAX_VALUE = 200;
    static final int CAPACITY = 256;

    private final String src;
    private final SelectorMatcher matcher;
    private final ClassHints.Reader hintReader;
    /** Made at the first value remembered. */
    private RangeTable table;
    private long[] wordsOf;
    private long[] conditionsOf;
    private int[] hintsOf;
    /** The answer for the tag {@link #read} last. */
    private long words;
    private long conditions;
    private int hints;

    ClassValues(String src, SelectorMatcher matcher, ClassHints.Reader hintReader) {
        this.src = src;
        this.matcher = matcher;
        this.hintReader = hintReader;
    }

    /** Reads the class value of {@code tag}, whose class attribute is {@code classAttribute}. */
    void read(Tag tag, int classAttribute) {
        int start = tag.valueStart(classAttribute);
        int end = tag.valueEnd(classAttribute);
        boolean kept = end > start && end - start <= MAX_VALUE;
        if (kept && table != null) {
            int entry = table.find(src, start, end);
            if (entry >= 0) {
                words = wordsOf[entry];
                conditions = conditionsOf[entry];
                hints = hintsOf[entry];
                return;
            }
        }
        words = matcher.classWordsOf(tag);
        conditions = matcher.classConditionsOf(tag);
        hints = hintReader.ofClassValue(start, end);
        if (kept) {
            remember(start, end);
        }
    }

    /** The class-name bits of the value read last. */
    long words() {
        return words;
    }

    /** The class-condition bits of the value read last. */
    long conditions() {
        return conditions;
    }

    /** The class hints of the value read last, for {@link ClassHints.Reader#of(Tag, int)}. */
    int hints() {
        return hints;
    }

    private void remember(int start, int end) {
        if (table == null) {
            table = new RangeTable(src, CAPACITY);
            wordsOf = new long[16];
            conditionsOf = new long[16];
            hintsOf = new int[16];
        }
        int entry = table.add(start, end);
        if (entry < 0) {
            return;
        }
        if (entry == wordsOf.length) {
            wordsOf = Arrays.copyOf(wordsOf, entry * 2);
            conditionsOf = Arrays.copyOf(conditionsOf, entry * 2);
            hintsOf = Arrays.copyOf(hintsOf, entry * 2);
        }
        wordsOf[entry] = words;
        conditionsOf[entry] = conditions;
        hintsOf[entry] = hints;
    }
}
