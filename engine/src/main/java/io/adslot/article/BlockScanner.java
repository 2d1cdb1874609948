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
