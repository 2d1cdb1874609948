package io.adslot.engine;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link AdSlotEngine#render(Article, PageContext, Appendable)}: the output went to the
 * caller's {@code Appendable}, so unlike {@link RenderResult} there is no {@code html} here to be null.
 *
 * @param insertions    the slots inserted, in document order (empty when degraded)
 * @param degraded      true when something failed inside the engine and the article was written unchanged
 * @param failureReason why the render degraded (also logged), empty otherwise
 */
public record StreamedResult(List<Insertion> insertions, boolean degraded, Optional<String> failureReason) {

    /**
     * Copies the insertions.
     *
     * @param insertions    the insertions in document order
     * @param degraded      true when the engine fell back to the input
     * @param failureReason the reason when degraded
     */
    public StreamedResult {
        insertions = List.copyOf(insertions);
        failureReason = java.util.Objects.requireNonNull(failureReason, "failureReason");
    }
}
