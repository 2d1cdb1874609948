package io.adslot.rules;

/** Below these, a placement does nothing. Zero means no minimum. */
public record MinimumArticle(int words, int paragraphs) {
}
