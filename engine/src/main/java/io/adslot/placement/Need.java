package io.adslot.placement;

import io.adslot.rules.Distance;
import io.adslot.rules.Spacing;

/**
 * A required minimum distance in words, blocks and pixels, after growth has been applied; each
 * non-zero part must hold.
 */
record Need(long words, long blocks, long pixels) {

    static final Need NONE = new Need(0, 0, 0);

    static Need of(Distance distance) {
        return distance == null ? NONE : new Need(distance.words(), distance.blocks(), distance.pixels());
    }

    /**
     * The {@code gapIndex}-th gap between consecutive slots of a placement (0 for the gap between its
     * first and second slot). The words grow to {@code words * factor^k + step * k}; blocks and pixels
     * grow in the same proportion as the words (by {@code factor^k} alone when no words are required).
     */
    static Need between(Spacing spacing, int gapIndex) {
        Distance base = spacing.between();
        if (base == null || gapIndex <= 0) {
            return of(base);
        }
        double factor = spacing.growFactor() > 0 ? spacing.growFactor() : 1.0;
        double grownByFactor = Math.pow(factor, gapIndex);
        long step = (long) Math.max(0, spacing.growStep()) * gapIndex;
        if (base.words() > 0) {
            double words = base.words() * grownByFactor + step;
            double proportion = words / base.words();
            return new Need(ceil(words), ceil(base.blocks() * proportion), ceil(base.pixels() * proportion));
        }
        return new Need(step, ceil(base.blocks() * grownByFactor), ceil(base.pixels() * grownByFactor));
    }

    boolean isNone() {
        return words <= 0 && blocks <= 0 && pixels <= 0;
    }

    /** The larger of each part. */
    Need max(Need other) {
        return new Need(Math.max(words, other.words), Math.max(blocks, other.blocks), Math.max(pixels, other.pixels));
    }

    /** The first part the measured distance falls short of, or null when it holds. */
    Shortfall shortfall(ArticleMeasures.Measure measured) {
        return shortfall(words, blocks, pixels, measured);
    }

    /** {@code of(distance).shortfall(measured)}, without making the need: it runs for every candidate. */
    static Shortfall shortfall(Distance distance, ArticleMeasures.Measure measured) {
        return distance == null ? null : shortfall(distance.words(), distance.blocks(), distance.pixels(), measured);
    }

    /** {@code max(of(other)).shortfall(measured)}, without making either need. */
    Shortfall shortfallWithin(Distance other, ArticleMeasures.Measure measured) {
        if (other == null) {
            return shortfall(measured);
        }
        return shortfall(Math.max(words, other.words()), Math.max(blocks, other.blocks()),
                Math.max(pixels, other.pixels()), measured);
    }

    private static Shortfall shortfall(long words, long blocks, long pixels, ArticleMeasures.Measure measured) {
        if (measured.words() < words) {
            return new Shortfall(measured.words(), words, "words");
        }
        if (measured.blocks() < blocks) {
            return new Shortfall(measured.blocks(), blocks, "blocks");
        }
        if (measured.pixels() < pixels) {
            return new Shortfall(measured.pixels(), pixels, "px");
        }
        return null;
    }

    private static long ceil(double value) {
        if (value >= Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil(value - 1e-9);
    }

    /** How far short a distance falls: {@code 84 words < 150}. */
    record Shortfall(long have, long need, String unit) {
        @Override
        public String toString() {
            return have + " " + unit + " < " + need;
        }
    }
}
