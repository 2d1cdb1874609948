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
     * True when the scanner may find a block whose tag is {@code tagName} (lower case): an element it never
     * enters ({@code p}, {@code aside}, a custom element), media, or an element one of these selectors may
     * make atomic. False for the containers it reads through ({@code div}, {@code section}), the phrasing
     * that forms text runs ({@code span}, {@code b}), and what is never shown ({@code script}): blocks of
     * those names are only the built-in no-slot zones ({@code [data-adslot=off]}).
     */
    public boolean mayFindBlockNamed(String tagName) {
        TagInfo info = TagInfo.lookup(tagName, 0, tagName.length());
        if (info.role == TagInfo.Role.ATOMIC || info.role == TagInfo.Role.MEDIA) {
            return true;
        }
        for (AtomicSelector selector : atomic) {
            if (selector.tag() == null || selector.tag().equals(tagName)) {
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
