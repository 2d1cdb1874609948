package io.adslot.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Helpers over lists of {@link Region}s. */
final class Regions {

    /** By start, and of two with the same start the longer first. */
    private static final Comparator<Region> OUTER_FIRST = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    private Regions() {
    }

    /** The regions not inside another, sorted by start (the first of two equal ranges is kept). */
    static List<Region> outermost(List<Region> regions) {
        if (regions.size() < 2) {
            return List.copyOf(regions);
        }
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(OUTER_FIRST);
        List<Region> kept = new ArrayList<>(sorted.size());
        int reach = -1;
        for (Region r : sorted) {
            if (r.start() >= reach) {
                kept.add(r);
                reach = r.end();
            } else if (r.end() > reach) {
                // overlapping without nesting (implied ends): keep the later part reachable as its own region
                kept.add(r);
                reach = r.end();
            }
        }
        return List.copyOf(kept);
    }

    /** The outermost region of the sorted, non-nested list holding {@code offset} strictly inside, or null. */
    static Region containing(List<Region> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        Region found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Region r = sorted.get(mid);
            if (r.start() < offset) {
                if (r.end() > offset) {
                    found = r;
                }
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found != null) {
            return found;
        }
        // with overlaps a region further left may still reach past the offset
        int k = lo - 1;
        for (int steps = 0; k >= 0 && steps < 4; k--, steps++) {
            if (sorted.get(k).contains(offset)) {
                return sorted.get(k);
            }
        }
        return null;
    }
}
