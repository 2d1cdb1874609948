package io.adslot.structure;

/**
 * The element of a whole page that holds the article, found by a selector or automatically.
 *
 * @param start        index of the element's {@code <}
 * @param contentStart index just past its start tag: where the article body begins
 * @param contentEnd   index of its end tag's {@code <} (or where its end is implied): where the body ends
 * @param end          index just past its end tag
 * @param element      the element as CSS ({@code div#story.entry-content})
 * @param why          how it was chosen, in a publisher's words
 */
public record ContentRoot(int start, int contentStart, int contentEnd, int end, String element, String why) {
}
