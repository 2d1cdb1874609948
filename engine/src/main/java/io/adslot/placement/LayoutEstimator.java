package io.adslot.placement;

import io.adslot.article.Block;
import io.adslot.rules.LayoutModel;
import java.util.Map;

/**
 * Estimates how tall each block renders on one device, from the device's {@link LayoutModel}.
 *
 * <p>The estimate is deliberately simple and cheap, one pass over the blocks: text wraps at
 * {@code charsPerLine} characters into lines of {@code lineHeight}; a heading is one
 * {@code headingHeight}; an image or embed takes its declared height scaled down to the column width
 * (never up), or {@code mediaHeight} when the article does not declare its size, plus its caption;
 * a thematic break is a thin line; every block with visible height is followed by {@code blockGap}.
 */
final class LayoutEstimator {

    /** The layout used when a rule set declares none for the device nor for mobile: a 360 px phone. */
    static final LayoutModel DEFAULT_MOBILE = new LayoutModel("mobile", 360, 40, 26, 16, 40, 240, 0.30);

    /** Height of a thematic break's line itself; the gap comes on top. */
    static final int RULE_HEIGHT = 2;

    private final LayoutModel layout;
    private final int charsPerLine;

    LayoutEstimator(LayoutModel layout) {
        this.layout = layout;
        this.charsPerLine = Math.max(1, layout.charsPerLine());
    }

    LayoutModel layout() {
        return layout;
    }

    /** The device's layout, else mobile's, else {@link #DEFAULT_MOBILE}. */
    static LayoutModel choose(Map<String, LayoutModel> layouts, String device) {
        LayoutModel model = layouts.get(device);
        if (model == null) {
            model = layouts.get("mobile");
        }
        return model == null ? DEFAULT_MOBILE : model;
    }

    /** Estimated rendered height of one block in CSS pixels, gap after it included. */
    long height(Block block) {
        int gap = Math.max(0, layout.blockGap());
        switch (block.kind()) {
            case HEADING:
                return Math.max(0, layout.headingHeight()) + gap;
            case HR:
                return RULE_HEIGHT + gap;
            case FIGURE:
            case EMBED:
                return mediaHeight(block) + textHeight(block.textLength()) + gap;
            default:
                long text = textHeight(block.textLength());
                return text == 0 ? 0 : text + gap;
        }
    }

    private long textHeight(int textLength) {
        if (textLength <= 0) {
            return 0;
        }
        long lines = (textLength + (long) charsPerLine - 1) / charsPerLine;
        return lines * Math.max(0, layout.lineHeight());
    }

    private long mediaHeight(Block block) {
        int w = block.mediaWidth();
        int h = block.mediaHeight();
        if (w <= 0 || h <= 0) {
            return Math.max(0, layout.mediaHeight());
        }
        int column = layout.contentWidth();
        if (column > 0 && w > column) {
            // Responsive images shrink to the column keeping their aspect ratio; small ones keep their size.
            return ((long) h * column + w - 1) / w;
        }
        return h;
    }
}
