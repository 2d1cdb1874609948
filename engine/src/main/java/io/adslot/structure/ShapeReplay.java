package io.adslot.structure;

import io.adslot.article.ElementShape;
import io.adslot.article.ScannedArticle;

/**
 * Tells a {@link ComponentFinder} the elements of a scanned body from the scan's {@link ElementShape}, as a
 * {@link TagWalk} would from the tags: the same events, on the tree the scan's tree builder built (the HTML
 * Standard's, of which the walk models a part), and no tag read twice: the elements that open come with their
 * attributes as the scan's tokenizer read them, and a summarised paragraph, heading or list item is one event.
 */
final class ShapeReplay implements ElementShape.Visitor {

    private final ComponentFinder finder;
    private final Tag tag;
    private int depth = -1;
    private String lastName;
    private int lastKnown;

    private ShapeReplay(String src, ComponentFinder finder) {
        this.finder = finder;
        this.tag = new Tag(src);
    }

    /** Replays {@code scanned}'s shape, which must be {@linkplain ElementShape#recorded() recorded}, into {@code finder}. */
    static void replay(String src, ScannedArticle scanned, ComponentFinder finder) {
        scanned.shape().replay(new ShapeReplay(src, finder));
    }

    @Override
    public void open(String name, int start, int tagEnd, boolean written, ElementShape.Attributes attributes) {
        depth++;
        read(name, start, written ? tagEnd : start, attributes);
        finder.open(tag, depth);
    }

    @Override
    public void close(int end) {
        finder.close(depth, end);
        depth--;
    }

    @Override
    public void text(int length) {
        finder.text(length);
    }

    @Override
    public void content(int text, int linkText, int links) {
        finder.content(text, linkText, links);
    }

    @Override
    public void summarised(String name, int start, int tagEnd, int end, int text, int linkText, int links,
                           ElementShape.Attributes attributes) {
        int known = attributes.count() == 0 ? known(name) : -1;
        if (known >= 0 && finder.plainBlock(TagNames.numberAt(known), start, end, text, linkText, links)) {
            return;
        }
        read(name, start, tagEnd, attributes);
        finder.open(tag, depth + 1);
        finder.content(text, linkText, links);
        finder.close(depth + 1, end);
    }

    /** {@link TagNames#indexOfName}, with the last name asked kept: a body's paragraphs follow one another. */
    private int known(String name) {
        if (name != lastName) {
            lastName = name;
            lastKnown = TagNames.indexOfName(name);
        }
        return lastKnown;
    }

    /** Makes {@link #tag} the start tag {@code src[start, tagEnd)} named {@code stackName}, with {@code attributes}. */
    private void read(String stackName, int start, int tagEnd, ElementShape.Attributes attributes) {
        int space = stackName.indexOf(' ');
        // an SVG or MathML element ("svg circle") by its own name, as the walk reads it
        String name = space < 0 ? stackName : TagNames.name(stackName, space + 1, stackName.length());
        int known = known(name);
        tag.reset(name, known >= 0 ? TagNames.flagsAt(known) : 0, start);
        tag.number = known >= 0 ? TagNames.numberAt(known) : -1;
        for (int i = 0, n = attributes.count(); i < n; i++) {
            tag.addAttribute(attributes.nameStart(i), attributes.nameEnd(i), attributes.valueStart(i), attributes.valueEnd(i));
        }
        tag.end = tagEnd;
    }
}
