package io.adslot.rules;

/**
 * Estimates how tall each block renders on one device class, so that spacing can be given in
 * pixels and the ad-density budget can be enforced.
 *
 * @param device          {@code mobile}, {@code tablet} or {@code desktop}
 * @param contentWidth    width of the article column in CSS pixels (scales declared media sizes)
 * @param charsPerLine    average characters of body text per line
 * @param lineHeight      body text line height in pixels
 * @param blockGap        vertical gap between blocks in pixels
 * @param headingHeight   height of a one-line heading in pixels
 * @param mediaHeight     height of an image or embed whose size is not declared
 * @param maxDensity      the most of the page's height that slots may take (0.30 = 30%)
 */
public record LayoutModel(
        String device,
        int contentWidth,
        int charsPerLine,
        int lineHeight,
        int blockGap,
        int headingHeight,
        int mediaHeight,
        double maxDensity) {
}
