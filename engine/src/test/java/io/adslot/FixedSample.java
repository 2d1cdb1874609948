package io.adslot;

/**
 * The seed every jqwik property of the build draws its sample from. A build is a gate: it passes or fails
 * on the code alone, and a failure it reports is one anybody can reproduce. Fresh samples are drawn on
 * purpose, by the exploration runs ({@link ExploreOnlyWhenAsked}) and by Jazzer; what they find is fixed
 * and kept as a regression test (docs/reliability.md).
 */
public final class FixedSample {

    /** The seed; change it only together with a run that shows the new sample passes. */
    public static final String SEED = "20261204";

    private FixedSample() {
    }
}
