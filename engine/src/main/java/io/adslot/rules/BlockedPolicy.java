package io.adslot.rules;

/**
 * What a placement does when a candidate boundary is rejected by a neighbour rule.
 *
 * @param mode   skip the candidate, or move to the nearest eligible boundary
 * @param within how many boundaries away the search may go (below first, then above)
 */
public record BlockedPolicy(Mode mode, int within) {

    /** Skip or move. */
    public enum Mode {
        SKIP,
        NEAREST
    }

    public static BlockedPolicy skip() {
        return new BlockedPolicy(Mode.SKIP, 0);
    }
}
