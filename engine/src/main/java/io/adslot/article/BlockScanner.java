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
     * True when markup appended to {@code html} is read, in every reading of the parser, as it would be at the
     * start of a body: nothing waits to be reopened, and no paragraph, formatting element, link, foreign
     * content, select, template or button is open around it. Asked of the part of a whole page before its
     * content root, whose content is scanned on its own: a {@code <font>} the page leaves open before the
     * root is reopened by a browser in the text of a slot there, which is then torn apart.
     */
    public boolean bodyMayStartAfter(String html) {
        String source = html == null ? "" : html;
        try {
            return new TreeScan(source, options.atomic(), false).bodyMayStartAtTheEnd();
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
