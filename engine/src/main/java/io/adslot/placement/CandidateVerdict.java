package io.adslot.placement;

/**
 * Why a boundary was or was not used by a placement, for {@code explain} and {@code preview}.
 *
 * @param boundary    the boundary index
 * @param offset      its offset in the source
 * @param placementId the placement that considered it
 * @param accepted    true when a slot was placed here by this placement
 * @param reason      for a rejection the rule that rejected it, in words a publisher understands
 *                    ({@code "too close to slot inline-1: 84 words < 150"}, {@code "before a heading"});
 *                    for an acceptance which candidate rule named it ({@code "after paragraph 2"})
 */
public record CandidateVerdict(int boundary, int offset, String placementId, boolean accepted, String reason) {
}
