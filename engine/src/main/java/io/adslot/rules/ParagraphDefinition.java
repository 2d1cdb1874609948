package io.adslot.rules;

import java.util.Set;

/**
 * Which blocks count as "paragraphs" when rules count them.
 *
 * @param tags     block tags that count ({@code p} by default)
 * @param textRuns whether text standing directly in a container counts too: the lines of an article set in
 *                 {@code div}s without {@code p} (a {@code div} holding only text is one run), text standing
 *                 between the blocks of a container
 * @param minWords a block with fewer visible words does not count (one-line paragraphs)
 */
public record ParagraphDefinition(Set<String> tags, boolean textRuns, int minWords) {

    public ParagraphDefinition {
        tags = Set.copyOf(tags);
    }

    /** Blocks of these tags, no text runs. */
    public ParagraphDefinition(Set<String> tags, int minWords) {
        this(tags, false, minWords);
    }
}
