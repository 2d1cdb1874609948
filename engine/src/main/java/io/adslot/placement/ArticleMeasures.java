package io.adslot.placement;

import io.adslot.article.Block;
import io.adslot.article.ScannedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prefix sums over an article's blocks, so that the distance between any two boundaries, in words,
 * blocks or estimated pixels, is a subtraction.
 *
 * <p>Entry {@code i} of each array covers blocks {@code 0..i-1}: the part of the article above
 * boundary {@code i}.
 */
final class ArticleMeasures {

    private final List<Block> blocks;
    private final long[] words;
    private final long[] pixels;
    private final int[] visibleBlocks;
    /** Words with media weighed as a given number of words, per weight; rule sets use one or two weights. */
    private final Map<Integer, long[]> weightedWords = new HashMap<>();

    ArticleMeasures(ScannedArticle article, LayoutEstimator estimator) {
        this.blocks = article.blocks();
        int n = blocks.size();
        words = new long[n + 1];
        pixels = new long[n + 1];
        visibleBlocks = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            words[i + 1] = words[i] + block.words();
            pixels[i + 1] = pixels[i] + estimator.height(block);
            visibleBlocks[i + 1] = visibleBlocks[i] + (isVisible(block) ? 1 : 0);
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Number of blocks; also the index of the end-of-article boundary. */
    int blockCount() {
        return blocks.size();
    }

    long totalWords() {
        return words[blocks.size()];
    }

    long totalPixels() {
        return pixels[blocks.size()];
    }

    /** Visible words above boundary {@code b}. */
    long wordsBefore(int b) {
        return words[b];
    }

    /** Estimated pixels between boundaries {@code a <= b}. */
    long pixelsBetween(int a, int b) {
        return pixels[b] - pixels[a];
    }

    /** Words between boundaries {@code a <= b}, each media block weighing at least {@code mediaWords}. */
    long weightedWordsBetween(int a, int b, int mediaWords) {
        if (mediaWords <= 0) {
            return words[b] - words[a];
        }
        long[] prefix = weightedWords.computeIfAbsent(mediaWords, this::weighted);
        return prefix[b] - prefix[a];
    }

    /** True when only blocks with nothing to see (no words, no media) lie between boundaries {@code a <= b}. */
    boolean nothingBetween(int a, int b) {
        return visibleBlocks[b] == visibleBlocks[a];
    }

    /** The distance between boundaries {@code a <= b} in all three units. */
    Measure between(int a, int b, int mediaWords) {
        return new Measure(weightedWordsBetween(a, b, mediaWords), b - a, pixelsBetween(a, b));
    }

    private long[] weighted(int mediaWords) {
        int n = blocks.size();
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            Block block = blocks.get(i);
            // A figure with a long caption never weighs less than its caption's words.
            int weight = block.isMedia() ? Math.max(block.words(), mediaWords) : block.words();
            prefix[i + 1] = prefix[i] + weight;
        }
        return prefix;
    }

    private static boolean isVisible(Block block) {
        return block.words() > 0 || block.textLength() > 0 || block.isMedia();
    }

    /** A distance in words, blocks and pixels. */
    record Measure(long words, long blocks, long pixels) {
    }
}
