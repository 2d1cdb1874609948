package io.adslot.engine;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a render: the article with its slots, the insertions made, and whether the engine fell
 * back to the unchanged article.
 *
 * @param html          the article with its slots (the unchanged article when degraded); never null
 * @param insertions    the slots inserted, in document order (empty when degraded)
 * @param degraded      true when something failed inside the engine and the article came back unchanged
 * @param failureReason why the render degraded (also logged), empty otherwise
 */
public record RenderResult(String html, List<Insertion> insertions, boolean degraded, Optional<String> failureReason) {

    /**
     * Copies the insertions.
     *
     * @param html          the output
     * @param insertions    the insertions in document order
     * @param degraded      true when the engine fell back to the input
     * @param failureReason the reason when degraded
     */
    public RenderResult {
        html = java.util.Objects.requireNonNull(html, "html");
        insertions = List.copyOf(insertions);
    }
}
