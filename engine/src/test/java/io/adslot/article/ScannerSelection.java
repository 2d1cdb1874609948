package io.adslot.article;

/**
 * Lets tests outside this package run against the tree-builder scanner ({@link TreeScan}) while
 * {@link ScanPass} is still the default. Tests run one at a time, so the switch is safe to flip in a
 * class's set-up and back in its tear-down.
 */
public final class ScannerSelection {

    private ScannerSelection() {
    }

    /** Selects the tree builder ({@code true}) or ScanPass; returns the previous selection. */
    public static boolean useTreeBuilder(boolean on) {
        boolean was = BlockScanner.treeBuilder;
        BlockScanner.treeBuilder = on;
        return was;
    }
}
