package io.adslot.structure;

import io.adslot.article.ElementShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Matches a list of selectors against the elements of a {@link TagWalk} as they open, in constant time per
 * element and compound, without looking at ancestors again.
 *
 * <p>For each complex selector of {@code k} compounds, every open element carries a set of prefix
 * lengths (bits of a long): bit {@code b} means "compounds {@code 0..b-1} are matched by this element or
 * its ancestors in a way that lets compound {@code b} match a child of it". An element matching compound
 * {@code b} with bit {@code b} set in its parent's set extends the prefix; bit {@code k} means the whole
 * selector matches. A prefix reached through a descendant combinator stays available to every descendant,
 * one reached through a child combinator only to the element's children. This is the usual automaton for
 * descendant and child combinators; it needs no backtracking.
 */
final class SelectorMatcher {

    /** Every compound of every complex selector, complex after complex. */
    private final Selector.Compound[] compounds;
    /** Per complex selector: the index of its first compound in {@link #compounds}, and how many it has. */
    private final int[] firstCompound;
    private final int[] compoundCount;
    /** For each complex selector, which of the owners (the selector lists given) it belongs to. */
    private final int[] owners;
    private final long[] descendantBits;
    private final int width;
    /**
     * The complex selectors whose match depends on ancestors (more than one compound), each with a state
     * per open element; all of them when there are more than 64 compounds.
     */
    private final int[] chained;
    /** The compounds that are whole complex selectors by themselves (when at most 64 compounds). */
    private final long singleCompounds;
    /** Per such compound, the bit of the selector list it belongs to (0 beyond 63). */
    private final long[] ownerBitOfCompound;
    /**
     * The distinct class names the compounds ask for ({@code .ad}), each a bit: a tag's class list is read
     * once against them all. Null when there are none or more than 64 (each compound then reads it).
     */
    private final RangeTable classWords;
    /** Per compound: the class-name bits it needs, its tag name (or null), its other conditions. */
    private final long[] wordsNeeded;
    private final String[] tagNeeded;
    private final Selector.Condition[][] otherConditions;
    /**
     * The distinct conditions on the class attribute other than class names ({@code [class*=-ad-unit]},
     * {@code [class^=AdSlot]}), each a bit; read with the class names, as what a class value matches
     * ({@link #classWordsOf}, {@link #classConditionsOf}). Empty when {@link #classWords} is null or there are
     * more than 64 (they stay among each compound's other conditions then).
     */
    private final Selector.Condition[] classConditions;
    /** Per compound: the bits of {@link #classConditions} it needs. */
    private final long[] classConditionsNeeded;
    /**
     * The compounds with no attribute condition (a tag name or {@code *}): the only ones a tag can match
     * that has none of the attributes in {@link #attributesRead}, since every condition asks for its
     * attribute to be present.
     */
    private final long attributeFree;
    /** Every attribute name some condition reads. */
    private final String[] attributesRead;
    /** Per compound: the attributes of {@link #attributesRead} it asks for, a bit each (bit 63 for any from the 63rd on). */
    private final long[] attributesNeeded;

    /** Per known tag name ({@link TagNames#numberAt}), {@link #compoundMatches} of a tag of that name without attributes. */
    private final long[] bareMatches;
    /** True when some compound can match plain phrasing ({@link ElementShape}): a bare or styled link, an {@code em}. */
    private final boolean matchesPlainPhrasing;

    /** True when an element whose class or id names it an ad is one ({@link ClassHints#namesAnAd}). */
    private final boolean findsAdsByName;

    /** A matcher for these selector lists; {@link Walk#open} answers by list index. */
    SelectorMatcher(List<Selector> lists) {
        this(lists, false);
    }

    /**
     * A matcher for these selector lists, the first of them the existing-ad signatures.
     *
     * @param findsAdsByName true when, beside the signatures, an element whose class or id names it an ad is
     *                       one ({@link PageOptions#adsByName})
     */
    SelectorMatcher(List<Selector> lists, boolean findsAdsByName) {
        this.findsAdsByName = findsAdsByName;
        List<Selector.Complex> complexes = new ArrayList<>();
        List<Integer> ownerList = new ArrayList<>();
        for (int owner = 0; owner < lists.size(); owner++) {
            for (Selector.Complex c : lists.get(owner).selectors()) {
                complexes.add(c);
                ownerList.add(owner);
            }
        }
        width = complexes.size();
        owners = new int[width];
        firstCompound = new int[width];
        compoundCount = new int[width];
        descendantBits = new long[width];
        List<Selector.Compound> flat = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            Selector.Complex complex = complexes.get(j);
            owners[j] = ownerList.get(j);
            firstCompound[j] = flat.size();
            compoundCount[j] = complex.compounds().size();
            flat.addAll(complex.compounds());
            boolean[] child = complex.childBefore();
            long bits = 0;
            for (int b = 1; b < child.length; b++) {
                if (!child[b]) {
                    bits |= 1L << b;
                }
            }
            descendantBits[j] = bits;
        }
        compounds = flat.toArray(new Selector.Compound[0]);
        ownerBitOfCompound = new long[compounds.length];
        long singles = 0;
        List<Integer> chainedList = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            if (compoundCount[j] == 1 && compounds.length <= 64) {
                singles |= 1L << firstCompound[j];
                ownerBitOfCompound[firstCompound[j]] = owners[j] < 64 ? 1L << owners[j] : 0;
            } else {
                chainedList.add(j);
            }
        }
        singleCompounds = singles;
        chained = chainedList.stream().mapToInt(Integer::intValue).toArray();
        List<String> words = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        wordsNeeded = new long[compounds.length];
        tagNeeded = new String[compounds.length];
        otherConditions = new Selector.Condition[compounds.length][];
        for (int c = 0; c < compounds.length; c++) {
            tagNeeded[c] = compounds[c].tag();
            List<Selector.Condition> others = new ArrayList<>();
            for (Selector.Condition condition : compounds[c].conditions()) {
                if (isClassWord(condition)) {
                    int w = words.indexOf(condition.value());
                    if (w < 0) {
                        w = words.size();
                        words.add(condition.value());
                    }
                    wordsNeeded[c] |= w < 64 ? 1L << w : 0;
                } else {
                    others.add(condition);
                }
            }
            otherConditions[c] = others.toArray(new Selector.Condition[0]);
        }
        long free = 0;
        Set<String> read = new java.util.LinkedHashSet<>();
        for (int c = 0; c < compounds.length; c++) {
            free |= c < 64 && compounds[c].conditions().isEmpty() ? 1L << c : 0;
            compounds[c].conditions().forEach(condition -> read.add(condition.attribute()));
        }
        attributeFree = free;
        attributesRead = read.toArray(new String[0]);
        attributesNeeded = new long[compounds.length];
        List<String> readList = List.of(attributesRead);
        for (int c = 0; c < compounds.length; c++) {
            for (Selector.Condition condition : compounds[c].conditions()) {
                int a = readList.indexOf(condition.attribute());
                attributesNeeded[c] |= 1L << Math.min(a, 63);
            }
        }
        matchesPlainPhrasing = Arrays.stream(compounds).anyMatch(SelectorMatcher::mayMatchPlainPhrasing);
        String[] known = TagNames.byNumber();
        bareMatches = new long[known.length];
        for (int number = 0; number < known.length && compounds.length <= 64; number++) {
            for (long left = attributeFree; left != 0; left &= left - 1) {
                int c = Long.numberOfTrailingZeros(left);
                bareMatches[number] |= tagNeeded[c] == null || tagNeeded[c].equals(known[number]) ? 1L << c : 0;
            }
        }
        if (words.isEmpty() || words.size() > 64) {
            classWords = null;
        } else {
            words.forEach(joined::append);
            RangeTable table = new RangeTable(joined.toString(), words.size());
            int at = 0;
            for (String word : words) {
                table.add(at, at + word.length());
                at += word.length();
            }
            classWords = table;
        }
        List<Selector.Condition> onClass = new ArrayList<>();
        for (Selector.Condition[] others : otherConditions) {
            for (Selector.Condition condition : others) {
                if (condition.attribute().equals("class") && !onClass.contains(condition)) {
                    onClass.add(condition);
                }
            }
        }
        classConditionsNeeded = new long[compounds.length];
        if (classWords == null || onClass.size() > 64) {
            classConditions = new Selector.Condition[0];
        } else {
            classConditions = onClass.toArray(new Selector.Condition[0]);
            for (int c = 0; c < compounds.length; c++) {
                List<Selector.Condition> rest = new ArrayList<>();
                for (Selector.Condition condition : otherConditions[c]) {
                    int k = onClass.indexOf(condition);
                    if (k >= 0) {
                        classConditionsNeeded[c] |= 1L << k;
                    } else {
                        rest.add(condition);
                    }
                }
                otherConditions[c] = rest.toArray(new Selector.Condition[0]);
            }
        }
    }

    /**
     * True when some selector could match an element of plain phrasing ({@link ElementShape}): a compound
     * asking for such a name, or for none, and for no attribute but those plain phrasing may carry. A walk
     * may take plain phrasing as one piece only when none can.
     */
    boolean mayMatchPlainPhrasing() {
        return matchesPlainPhrasing;
    }

    /** {@link #compoundMatches} of a tag without attributes whose name has the {@link TagNames#numberAt number} given. */
    long bareMatches(int nameNumber) {
        return bareMatches[nameNumber];
    }

    private static boolean mayMatchPlainPhrasing(Selector.Compound compound) {
        String name = compound.tag();
        if (name != null && !name.equals("*") && !ElementShape.PLAIN_NAMES.contains(name)) {
            return false;
        }
        for (Selector.Condition condition : compound.conditions()) {
            if (!ElementShape.PLAIN_ATTRIBUTES.contains(condition.attribute())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClassWord(Selector.Condition condition) {
        return condition.operator() == Selector.Operator.TOKEN && condition.attribute().equals("class")
                && !condition.value().isEmpty();
    }

    /** The class-name bits of the tag's class list (see {@link #classWords}); 0 without a class attribute. */
    long classWordsOf(Tag tag) {
        int a = tag.classAttribute();
        if (a < 0) {
            return 0;
        }
        String src = tag.source();
        int end = tag.valueEnd(a);
        long bits = 0;
        for (int s = Tokens.skipSpace(src, tag.valueStart(a), end); s < end; ) {
            int e = Tokens.tokenEnd(src, s, end);
            int w = classWords.find(src, s, e);
            bits |= w >= 0 ? 1L << w : 0;
            s = Tokens.skipSpace(src, e, end);
        }
        return bits;
    }

    /**
     * Which compounds the tag matches by itself, as bits by compound index: what {@link #open} needs to
     * know about the tag. Always 0 when there are more than 64 compounds ({@link #open} then matches them
     * itself).
     */
    long compoundMatches(Tag tag) {
        if (!readsClassValues()) {
            return compoundMatches(tag, 0, 0);
        }
        return compoundMatches(tag, classWordsOf(tag), classConditionsOf(tag));
    }

    /**
     * {@link #compoundMatches(Tag)} with what the tag's class value matches given ({@link #classWordsOf},
     * {@link #classConditionsOf}): a page repeats its class values, and a caller may remember them.
     */
    long compoundMatches(Tag tag, long words, long onClass) {
        if (compounds.length > 64) {
            return 0;
        }
        long present = attributesPresent(tag);
        if (present == 0) {
            long bits = 0;
            for (long free = attributeFree; free != 0; free &= free - 1) {
                int c = Long.numberOfTrailingZeros(free);
                bits |= tagNeeded[c] == null || tagNeeded[c].equals(tag.name) ? 1L << c : 0;
            }
            return bits;
        }
        if (classWords == null) {
            long bits = 0;
            for (int c = 0; c < compounds.length; c++) {
                bits |= (attributesNeeded[c] & ~present) == 0 && compounds[c].matches(tag) ? 1L << c : 0;
            }
            return bits;
        }
        long bits = 0;
        for (int c = 0; c < compounds.length; c++) {
            if ((attributesNeeded[c] & ~present) != 0 || tagNeeded[c] != null && !tagNeeded[c].equals(tag.name)
                    || (words & wordsNeeded[c]) != wordsNeeded[c]
                    || (onClass & classConditionsNeeded[c]) != classConditionsNeeded[c]) {
                continue;
            }
            if (allMatch(otherConditions[c], tag)) {
                bits |= 1L << c;
            }
        }
        return bits;
    }

    /** The bits of {@link #classConditions} the tag's class value meets; 0 without a class attribute. */
    long classConditionsOf(Tag tag) {
        if (tag.classAttribute() < 0) {
            return 0;
        }
        long bits = 0;
        for (int k = 0; k < classConditions.length; k++) {
            bits |= classConditions[k].matches(tag) ? 1L << k : 0;
        }
        return bits;
    }

    /** True when an element whose class or id names it an ad is one, beside the signatures. */
    boolean findsAdsByName() {
        return findsAdsByName;
    }

    /** True when what a tag's class value matches is read apart ({@link #compoundMatches(Tag, long, long)}). */
    boolean readsClassValues() {
        return classWords != null && compounds.length <= 64;
    }

    /** What class values matched in the reads of this rule set so far ({@link ClassValues}); made at the first. */
    private ClassValueMemo classValueMemo;

    /** The memo of class values, shared by every read with this matcher (made at the first: a racing second is harmless). */
    ClassValueMemo classValueMemo() {
        ClassValueMemo memo = classValueMemo;
        if (memo == null) {
            memo = new ClassValueMemo();
            classValueMemo = memo;
        }
        return memo;
    }

    /**
     * Which attributes of {@link #attributesRead} the tag has, a bit each (bit 63 for any from the 63rd on): a
     * compound is read only when the tag has all the attributes it asks for.
     */
    private long attributesPresent(Tag tag) {
        if (!tag.hasAttributes()) {
            return 0;
        }
        long present = 0;
        for (int a = 0; a < attributesRead.length; a++) {
            if (tag.attribute(attributesRead[a]) >= 0) {
                present |= 1L << Math.min(a, 63);
            }
        }
        return present;
    }

    private static boolean allMatch(Selector.Condition[] conditions, Tag tag) {
        for (Selector.Condition condition : conditions) {
            if (!condition.matches(tag)) {
                return false;
            }
        }
        return true;
    }

    /** A walk's matching state, for one walk on one thread; the matcher itself is immutable and shared. */
    Walk walk() {
        return new Walk();
    }

    /** The state of one walk: per open element, how far each chained selector got. */
    final class Walk {
        private long[] states = new long[0];

        /** Takes the element opening at {@code depth}; see {@link #open(Tag, int, long)}. */
        long open(Tag tag, int depth) {
            return open(tag, depth, compoundMatches(tag));
        }

        /**
         * Takes the element opening at {@code depth}, whose own matches {@link #compoundMatches} gave, and
         * sets bit {@code i} of the answer for each selector list {@code i} it matches (lists beyond 63 are
         * not reported).
         */
        long open(Tag tag, int depth, long matchedCompounds) {
            long matched = 0;
            // a complex selector of one compound matches when its compound does
            for (long bits = matchedCompounds & singleCompounds; bits != 0; bits &= bits - 1) {
                matched |= ownerBitOfCompound[Long.numberOfTrailingZeros(bits)];
            }
            int count = chained.length;
            if (count == 0) {
                return matched;
            }
            int need = (depth + 1) * count;
            if (states.length < need) {
                states = Arrays.copyOf(states, Math.max(need, states.length * 2));
            }
            boolean known = compounds.length <= 64;
            int base = depth * count;
            int parentBase = base - count;
            for (int i = 0; i < count; i++) {
                int j = chained[i];
                long parent = depth == 0 ? 1L : states[parentBase + i];
                int first = firstCompound[j];
                int k = compoundCount[j];
                long here = 0;
                for (long bits = parent; bits != 0; bits &= bits - 1) {
                    int b = Long.numberOfTrailingZeros(bits);
                    if (b < k && (known ? (matchedCompounds >>> (first + b) & 1) != 0 : compounds[first + b].matches(tag))) {
                        here |= 1L << (b + 1);
                    }
                }
                if ((here & (1L << k)) != 0 && owners[j] < 64) {
                    matched |= 1L << owners[j];
                }
                states[base + i] = 1L | (parent & descendantBits[j]) | (here & ~(1L << k));
            }
            return matched;
        }
    }
}
