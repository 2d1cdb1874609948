package io.adslot.article;

/**
 * Reads an article body into blocks. DEVELOPMENT SEAM: replaced by the real scanner shortly.
 */
public final class BlockScanner {

    private final ScanOptions options;

    public BlockScanner(ScanOptions options) {
        this.options = options;
    }

    /** Scans the body; never throws for any input string. */
    public ScannedArticle scan(String html) {
        throw new UnsupportedOperationException("scanner not built yet " + options);
    }
}
