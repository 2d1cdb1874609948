package io.adslot.rules;

import java.util.List;

/**
 * Weighted variants for A/B tests, chosen deterministically from the value of a context key
 * (a user bucket, an article id), so the same reader always sees the same variant.
 *
 * @param key     the context key whose value picks the variant
 * @param options the variants with their weights (positive)
 * @param <T>     what a variant is (a placement, or the placements of a whole rule set)
 */
public record Variants<T>(String key, List<Option<T>> options) {

    public Variants {
        options = List.copyOf(options);
    }

    /** One variant. */
    public record Option<T>(String name, int weight, T value) {
    }
}
