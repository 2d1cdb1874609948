package io.adslot.placement;

import io.adslot.rules.ContextValues;
import io.adslot.rules.Variants;
import java.nio.charset.StandardCharsets;

/**
 * Picks one of several weighted variants from the value of a context key, the same way every time.
 *
 * <p>The value and a salt (the placement id, so that two placements keyed on the same bucket are
 * not forced into lock-step) are hashed with 32-bit FNV-1a; the unsigned hash modulo the total
 * weight falls into one option's share. A page without the key gets the first option.
 */
final class VariantChooser {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private VariantChooser() {
    }

    static <T> Variants.Option<T> choose(Variants<T> variants, ContextValues context, String salt) {
        String value = context.first(variants.key());
        if (value == null || variants.options().size() == 1) {
            return variants.options().get(0);
        }
        long total = 0;
        for (Variants.Option<T> option : variants.options()) {
            total += Math.max(0, option.weight());
        }
        if (total <= 0) {
            return variants.options().get(0);
        }
        long point = Integer.toUnsignedLong(fnv1a(value + '\u0000' + salt)) % total;
        for (Variants.Option<T> option : variants.options()) {
            point -= Math.max(0, option.weight());
            if (point < 0) {
                return option;
            }
        }
        return variants.options().get(variants.options().size() - 1);
    }

    static int fnv1a(String text) {
        int hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
