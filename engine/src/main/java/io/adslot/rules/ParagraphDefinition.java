package io.adslot.rules;

import java.util.Set;

/**
 * Which blocks count as "paragraphs" when rules count them.
 *
 * @param tags     block tags that count ({@code p} by default)
 * @param minWords a block with fewer visible words does not count (one-line paragraphs)
 */
public record ParagraphDefinition(Set<String> tags, int minWords) {

    public ParagraphDefinition {
        tags = Set.copyOf(tags);
    }
}
