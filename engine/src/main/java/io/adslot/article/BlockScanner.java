package io.adslot.article;

/**
 * Reads an article body (an HTML fragment) into its top-level content blocks, the way a browser's
 * parser would delimit them, in one linear pass without building a DOM.
 *
 * <p>Containers that only group content ({@code div}, {@code section}, CMS wrappers, nested to any
 * depth) are read through; atomic blocks (paragraphs, headings, lists, tables, blockquotes, figures,
 * embeds, {@code pre}, {@code aside}, forms, and whatever the rules mark atomic) are never entered.
 * Comments, raw-text elements ({@code script}, {@code style}...), quoted attributes, implied end tags
 * and stray end tags are handled as the HTML parsing spec does where it affects where a block starts
 * and ends. See {@link TreeScan} for how.
 *
 * <p>Thread-safe: one scanner serves any number of threads. Never throws for any input string.
 */
public final class BlockScanner {

    private final ScanOptions options;

    public BlockScanner(ScanOptions options) {
        this.options = options;
    }

    /** A scanner with only the built-in atomic elements. */
    public static BlockScanner withDefaults() {
        return new BlockScanner(ScanOptions.defaults());
    }

    /** Scans the body into blocks and markers. */
    public ScannedArticle scan(String html) {
        return scan(html, false);
    }

    /**
     * Scans the body into blocks and markers, and records the shape of its element tree for the structure pass
     * ({@link ScannedArticle#shape()}), so that the pass need not walk the body's tags again.
     */
    public ScannedArticle scanWithShape(String html) {
        return scan(html, true);
    }

    /**
     * True when the content of the element whose start tag is at {@code page[elementStart]}, from {@code
     * contentStart} (just past that tag) to {@code contentEnd}, reads in the page, in every reading of the
     * parser, as it reads on its own as a body, so that it can be scanned on its own. The page before it leaves
     * nothing to be reopened and no paragraph, formatting element, link, foreign content, select, template or
     * button open around it (a {@code <font>} left open is reopened by a browser in the text of a slot, which
     * is then torn apart), nothing in the content closes the element (a stray {@code </div>} that closes
     * an ancestor for a browser, and the element with it), and what follows the content closes it, as the end
     * of the input closes a body (an unknown element's end tag does not while a paragraph is open in it: a
     * browser ignores it). Asked of a whole page's content root.
     */
    public boolean contentReadsAsABody(String page, int elementStart, int contentStart, int contentEnd) {
        if (page == null || elementStart < 0 || elementStart > contentStart || contentStart > contentEnd
                || contentEnd > page.length()) {
            return false;
        }
        try {
            return TreeScan.readingOnly(page, options.atomic()).holdsItsContentAsABody(elementStart, contentStart, contentEnd);
        } finally {
            Latin1Window.release();
        }
    }

    private ScannedArticle scan(String html, boolean forStructure) {
        String source = html == null ? "" : html;
        try {
            return new TreeScan(source, options.atomic(), forStructure).run();
        } finally {
            Latin1Window.release();
        }
    }

    public ScanOptions options() {
        return options;
    }
}
