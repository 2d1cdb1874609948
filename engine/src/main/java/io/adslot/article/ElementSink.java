package io.adslot.article;

/**
 * What a {@link TreeBuilder} tells about its stack of open elements as it changes: the hook from which
 * the scan derives its blocks ({@link BlockDeriver}) and on which a page-structure layer (which wrapper
 * holds which block: tag, id, class of the open containers) can be built without touching the modes.
 * {@code depth} is the element's index on the stack (0: the root {@code html}); an element opened or
 * closed below the top (the adoption agency, {@code </form>}) comes with its index too.
 */
interface ElementSink {

    /** {@code element} was put on the stack at {@code depth} while the token at hand was processed. */
    void opened(TreeElement element, int depth);

    /** {@code element} was taken off the stack from {@code depth}. */
    void closed(TreeElement element, int depth);
}
