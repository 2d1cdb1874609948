package io.adslot.benchmarks.input;

/**
 * What a generated article looks like: the realistic news shape, or one of the adversarial shapes
 * of issue 7 that a linear-time engine must get through at the same cost per KB.
 *
 * <p>Each adversarial shape has a canonical instance (the one issue 7 names, about 1 MB) and can be
 * generated at any size so that time per KB can be compared across the scaling series.
 */
public enum Shape {
    /** Paragraphs, headings, figures, lists, blockquotes, a script and nested wrappers. */
    NEWS,
    /** Divs nested inside each other around one paragraph; canonical: 100,000 levels. */
    DEEP_NESTING,
    /** One paragraph of nothing but {@code <} characters; canonical: a million of them. */
    LESS_THAN_FLOOD,
    /** {@code <!--} at the start of a news body, never closed. */
    UNTERMINATED_COMMENT,
    /** {@code <script>} at the start of a news body, never closed. */
    UNTERMINATED_SCRIPT,
    /** An attribute value opened with a quote at the start of a news body, never closed. */
    UNTERMINATED_QUOTE,
    /** Short paragraphs one after another; canonical: 50,000 of them. */
    MANY_PARAGRAPHS
}
