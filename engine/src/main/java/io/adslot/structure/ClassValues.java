package io.adslot.structure;

/**
 * What the class value of each classed element of a read matches: which of the selectors' class names and
 * other class conditions it meets ({@link SelectorMatcher#classWordsOf}, {@link SelectorMatcher#classConditionsOf})
 * its class hints ({@link ClassHints.Reader#ofClassValue}) and whether it names an ad
 * ({@link ClassHints#namesAnAd}), looked up in the rule set's
 * {@link ClassValueMemo} and worked out only for a value it does not hold.
 *
 * <p>Why per class value: a page, and a site's pages, repeat their class values far more often than their
 * whole start tags, which differ in ids, links and sources.
 */
final class ClassValues {

    private final String src;
    private final SelectorMatcher matcher;
    private final ClassHints.Reader hintReader;
    private final ClassValueMemo memo;
    /** The answer for the tag {@link #read} last. */
    private long words;
    private long conditions;
    private int hints;
    private boolean namesAnAd;

    ClassValues(String src, SelectorMatcher matcher, ClassHints.Reader hintReader) {
        this.src = src;
        this.matcher = matcher;
        this.hintReader = hintReader;
        this.memo = matcher.classValueMemo();
    }

    /** Reads the class value of {@code tag}, whose class attribute is {@code classAttribute}. */
    void read(Tag tag, int classAttribute) {
        int start = tag.valueStart(classAttribute);
        int end = tag.valueEnd(classAttribute);
        boolean kept = end > start && end - start <= ClassValueMemo.MAX_VALUE;
        int hash = 0;
        if (kept) {
            hash = ClassValueMemo.hash(src, start, end);
            ClassValueMemo.Entry entry = memo.find(src, start, end, hash);
            if (entry != null) {
                words = entry.words();
                conditions = entry.conditions();
                hints = entry.hints();
                namesAnAd = entry.namesAnAd();
                return;
            }
        }
        words = matcher.classWordsOf(tag);
        conditions = matcher.classConditionsOf(tag);
        hints = hintReader.ofClassValue(start, end);
        namesAnAd = ClassHints.namesAnAd(src, start, end);
        if (kept) {
            memo.keep(new ClassValueMemo.Entry(src.substring(start, end), hash, words, conditions, hints, namesAnAd));
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

    /** True when the value read last names its element an ad ({@link ClassHints#namesAnAd}). */
    boolean namesAnAd() {
        return namesAnAd;
    }
}
