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

    /** Options from selector strings as written in a rule file; see {@link AtomicSelector#parse(String)}. */
    public static ScanOptions ofSelectors(List<String> selectors) {
        List<AtomicSelector> parsed = new ArrayList<>(selectors.size());
        for (String s : selectors) {
            parsed.add(AtomicSelector.parse(s));
        }
        return new ScanOptions(parsed);
    }
}
