package io.adslot.rules;

/**
 * How far slots keep from the article's start, from each other and from its end.
 *
 * @param beforeFirst  from the start of the article to the first slot
 * @param between      between consecutive slots of this placement (the first gap)
 * @param afterLast    from the last slot to the end of the article
 * @param growFactor   each next gap is the previous one times this (1 = constant)
 * @param growStep     each next gap adds this many words (and proportionally blocks and pixels)
 * @param mediaWords   how many words an image, figure or embed weighs when distances count words
 */
public record Spacing(
        Distance beforeFirst,
        Distance between,
        Distance afterLast,
        double growFactor,
        int growStep,
        int mediaWords) {
}
