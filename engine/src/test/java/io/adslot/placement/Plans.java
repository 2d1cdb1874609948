package io.adslot.placement;

import java.util.List;

/** Reading plans in tests. */
final class Plans {

    private Plans() {
    }

    /** Boundaries of the plan's slots, in document order. */
    static List<Integer> boundaries(Plan plan) {
        return plan.slots().stream().map(SlotDecision::boundary).toList();
    }

    /** Reasons a placement gave for one boundary, in the order it considered it. */
    static List<String> reasons(Plan plan, String placementId, int boundary) {
        return plan.verdicts().stream()
                .filter(v -> v.placementId().equals(placementId) && v.boundary() == boundary)
                .map(CandidateVerdict::reason)
                .toList();
    }

    /** The single reason a placement gave for a boundary. */
    static String reason(Plan plan, String placementId, int boundary) {
        List<String> all = reasons(plan, placementId, boundary);
        if (all.size() != 1) {
            throw new AssertionError("expected one verdict of " + placementId + " at boundary " + boundary + ", got " + all
                    + " among " + plan.verdicts());
        }
        return all.get(0);
    }
}
