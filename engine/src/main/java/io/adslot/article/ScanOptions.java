package io.adslot.article;

import java.util.ArrayList;
import java.util.List;

/**
 * What the scanner needs from the rules: which extra elements are atomic. Elements matching
 * {@code [data-adslot=off]} are always atomic and mark a no-slot zone.
 */
public record ScanOptions(List<AtomicSelector> atomic) {

    private static final ScanOptions DEFAULTS = new ScanOptions(List.of());

    public ScanOptions {
        atomic = List.copyOf(atomic);
    }

    /** No extra atomic elements beyond the built-in ones. */
    public static ScanOptions defaults() {
        return DEFAULTS;
    }

    /**
     * True when the scanner makes blocks of the elements named {@code tagName} (lower case): by itself (an
     * element it never enters, such as {@code p}, {@code aside} or a custom element; media), or because one of
     * these selectors names that tag ({@code div.para}). False for the containers it reads through
     * ({@code div}, {@code section}), the phrasing that forms text runs ({@code span}, {@code b}) and what is
     * never shown ({@code script}). A selector without a tag ({@code .related}, {@code [data-adslot=off]})
     * makes blocks of some elements of any name, not of a name, so it does not count.
     */
    public boolean makesBlocksNamed(String tagName) {
        TagInfo info = TagInfo.lookup(tagName, 0, tagName.length());
        if (info.role == TagInfo.Role.ATOMIC || info.role == TagInfo.Role.MEDIA) {
            return true;
        }
        for (AtomicSelector selector : atomic) {
            if (tagName.equals(selector.tag())) {
                return true;
            }
        }
        return false;
    }

    /** Options from selector strings as written in a rule file; see {@link AtomicSelector#parse(String)}. */
    public static ScanOptions ofSelectors(List<String> selectors) {
        List<AtomicSelector> parsed = new ArrayList<>(selectors.size());
        for (String s : selectors) {
            parsed.add(AtomicSelector.parse(s));
        }
        return new ScanOptions(parsed);
    }
}
