package io.adslot.rules;

/**
 * A minimum distance, in any combination of words, blocks and estimated pixels; each non-zero part
 * must hold. {@link #NONE} imposes nothing.
 */
public record Distance(int words, int blocks, int pixels) {

    public static final Distance NONE = new Distance(0, 0, 0);

    public boolean isNone() {
        return words == 0 && blocks == 0 && pixels == 0;
    }
}
