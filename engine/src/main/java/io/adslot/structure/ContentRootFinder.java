package io.adslot.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the content root of a whole page: the first element matching the first selector of a list that
 * matches anything, or, in automatic mode, the element holding the most paragraph text.
 *
 * <h2>Automatic mode</h2>
 * Deterministic, in one walk per reading: every paragraph with at least {@value #MIN_PARAGRAPH} chars of
 * text outside links gives its length to every element around it. A paragraph is a {@code p} or {@code pre},
 * a block ({@code div}, {@code section}...) with no block-level element inside (text set with {@code <br>}s),
 * or the text standing directly in such a block beside its blocks. The root is the innermost container
 * holding at least {@link #AUTOMATIC_SHARE} of the paragraph text counted. Paragraphs inside page
 * furniture ({@code header}, {@code nav}, {@code footer}, {@code aside}, {@code form}, {@code menu}, or an
 * element whose class or id says comment, sidebar, footer, menu, share, related, teaser...) give
 * nothing, so neither the furniture nor an element around it alone wins. Then, as Readability joins the
 * paragraphs beside its top candidate, the root grows to its parent while the parent's own paragraphs (its
 * children that read as paragraphs, and text standing in it) add at least {@link #SIBLING_SHARE} of the
 * root's paragraph text and the parent's other elements add at most {@link #OTHER_SHARE}: an article that
 * goes on in short blocks beside the wrapper holding most of it. This is the scoring of Arc90's
 * Readability reduced to what a linear walk can do without a tree.
 */
final class ContentRootFinder {

    static final int MIN_PARAGRAPH = 25;

    /** Blocks whose text, when no block-level element is inside them, reads as a paragraph (text with {@code <br>}s). */
    private static final Set<String> LOOSE_BLOCKS = Set.of("div", "section", "article", "td", "font", "center");

    /** The elements that may be the automatic root: those that group blocks (and custom elements). */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main",
            "body", "td", "center", "font", "span", "form");

    private ContentRootFinder() {
    }

    /** The first element matching the earliest selector alternative that matches; null when none does. */
    static ContentRoot bySelectors(String src, List<Selector> selectors) {
        List<Selector> alternatives = new ArrayList<>();
        for (Selector s : selectors) {
            for (Selector.Complex c : s.selectors()) {
                alternatives.add(new Selector(s.text(), List.of(c)));
            }
        }
        BySelector listener = new BySelector(src, alternatives);
        TagWalk walk = new TagWalk(src, 0, src.length(), listener);
        listener.walk = walk;
        walk.run();
        for (int k = 0; k < alternatives.size(); k++) {
            if (listener.found[k] != null) {
                return listener.found[k];
            }
        }
        return null;
    }

    /** The share of the page's paragraph text the automatic root holds at least. */
    static final double AUTOMATIC_SHARE = 0.6;

    /** The deepest element holding most of the page's paragraph text; null when the page has no paragraph. */
    static ContentRoot automatic(String src) {
        return automatic(src, AUTOMATIC_SHARE);
    }

    /**
     * Below this share of all paragraph text, what is left once furniture by class is set aside is not the
     * article: the article itself sits in a wrapper whose class mentions a sidebar or a menu.
     */
    static final double STRICT_MIN_SHARE = 0.1;

    /** The parent's own paragraphs add at least this share of the root's paragraph text to join it. */
    static final double SIBLING_SHARE = 0.2;
    /** And the parent's other elements at most this share. */
    static final double OTHER_SHARE = 0.1;

    static ContentRoot automatic(String src, double share) {
        // Two readings: strict sets aside every element whose class says comment, sidebar, menu...; lenient
        // only those holding less than half of all paragraph text (a wrapper of the article whose class
        // mentions its sidebar stays). Strict is right unless it leaves little of the text.
        Automatic lenientFirst = new Automatic(src, null, 0, false);
        new TagWalk(src, 0, src.length(), lenientFirst).run();
        long all = lenientFirst.maxSub();
        if (all == 0) {
            return null;
        }
        Automatic strict = new Automatic(src, lenientFirst, Long.MAX_VALUE, true);
        new TagWalk(src, 0, src.length(), strict).run();
        Automatic chosen = strict;
        if (strict.maxSub() < STRICT_MIN_SHARE * all) {
            chosen = new Automatic(src, lenientFirst, all / 2, true);
            new TagWalk(src, 0, src.length(), chosen).run();
        }
        long total = chosen.maxSub();
        if (total == 0) {
            return null;
        }
        // Elements holding more than half of the text form one chain from the top; the deepest one of it
        // holding the share is the smallest such sub-total. On a tie the inner (earlier closed) one wins.
        int best = -1;
        for (int k = 0; k < chosen.count; k++) {
            long sub = chosen.subs[k];
            if (chosen.candidate[k] && sub >= share * total && (best < 0 || sub < chosen.subs[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        int innermost = best;
        for (int parent = chosen.parentOf(best); parent >= 0 && chosen.candidate[parent]; parent = chosen.parentOf(best)) {
            long own = chosen.ownParagraphs[parent];
            long other = chosen.subs[parent] - chosen.subs[best] - own;
            if (own < SIBLING_SHARE * chosen.subs[best] || other > OTHER_SHARE * chosen.subs[best]) {
                break;
            }
            best = parent;
        }
        return root(src, chosen.starts[best], chosen.ends[best], "automatic: the innermost container holding "
                + Math.round(100.0 * chosen.subs[innermost] / total) + "% of the page's paragraph text (at least "
                + Math.round(share * 100) + "%)" + (best == innermost ? "" : ", with the paragraphs beside it, "
                + Math.round(100.0 * chosen.subs[best] / total) + "%") + "; paragraphs in header, nav, footer, aside, "
                + "forms, comments and sidebars not counted" + (chosen == strict ? "" : " unless they hold half of all paragraph text"));
    }

    static ContentRoot root(String src, int start, int end, String why) {
        int contentStart = TagWalk.startTagEnd(src, start, end);
        String name = TagNames.name(src, start + 1, nameEnd(src, start + 1, end));
        int contentEnd = end;
        int lt = src.lastIndexOf("</", end - 1);
        if (lt >= contentStart && src.charAt(end - 1) == '>' && src.regionMatches(true, lt + 2, name, 0, name.length())
                && src.indexOf('>', lt) == end - 1) {
            contentEnd = lt;
        }
        return new ContentRoot(start, Math.min(contentStart, contentEnd), contentEnd, end, TagWalk.describeTagAt(src, start), why);
    }

    private static int nameEnd(String src, int i, int to) {
        while (i < to) {
            char c = src.charAt(i);
            if (c == '>' || c == '/' || TagWalk.isSpace(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static final class BySelector implements TagWalk.Listener {
        private final String src;
        private final SelectorMatcher.Walk matcher;
        private final ContentRoot[] found;
        private final int[] openDepth;
        private final int[] openStart;
        private final String[] why;
        private TagWalk walk;

        BySelector(String src, List<Selector> alternatives) {
            this.src = src;
            List<Selector> capped = alternatives.size() > 63 ? alternatives.subList(0, 63) : alternatives;
            this.matcher = new SelectorMatcher(capped).walk();
            this.found = new ContentRoot[capped.size()];
            this.openDepth = new int[capped.size()];
            this.openStart = new int[capped.size()];
            this.why = new String[capped.size()];
            Arrays.fill(openDepth, -1);
            for (int k = 0; k < capped.size(); k++) {
                why[k] = "the first element matching `" + capped.get(k).text() + "`"
                        + (capped.size() > 1 ? " (alternative " + (k + 1) + " of " + capped.size() + ")" : "");
            }
        }

        @Override
        public void open(Tag tag, int depth) {
            long matched = matcher.open(tag, depth);
            for (long m = matched; m != 0; m &= m - 1) {
                int k = Long.numberOfTrailingZeros(m);
                if (found[k] == null && openDepth[k] < 0) {
                    openDepth[k] = depth;
                    openStart[k] = tag.start;
                }
            }
        }

        @Override
        public void close(int depth, int end) {
            for (int k = 0; k < found.length; k++) {
                if (openDepth[k] == depth) {
                    openDepth[k] = -1;
                    found[k] = root(src, openStart[k], end, why[k]);
                    if (k == 0) {
                        walk.stop();
                    }
                }
            }
        }

        @Override
        public void text(int start, int end) {
        }
    }

    /** Sums the paragraph text in every element; keeps each element that holds some. */
    private static final class Automatic implements TagWalk.Listener {
        private final String src;
        private final ClassHints.Reader hints;
        private int[] start = new int[64];
        private long[] sub = new long[64];
        private int[] text = new int[64];
        private int[] linkText = new int[64];
        private boolean[] furniture = new boolean[64];
        private boolean[] link = new boolean[64];
        private boolean[] paragraph = new boolean[64];
        /** Could read as a paragraph if no block-level element is inside it ({@code div}, {@code section}...). */
        private boolean[] looseBlock = new boolean[64];
        private boolean[] blockLevel = new boolean[64];
        /** A block-level element is inside (at any depth). */
        private boolean[] hasBlockInside = new boolean[64];
        /** Paragraph text of the element's children that read as paragraphs, and of text standing in it. */
        private long[] ownAt = new long[64];
        /** Each open element's number, in the order opened, to find a kept element's parent. */
        private int[] openNumber = new int[64];
        private int opened;
        /** Text directly inside each element, outside its child elements and links. */
        private int[] directText = new int[64];
        private int top = -1;
        private int inLink;
        /** The first walk's sums, to tell furniture from a wrapper of the article; null in the first walk. */
        private final Automatic first;
        private final long furnitureBelow;
        int count;
        int[] starts = new int[64];
        int[] ends = new int[64];
        long[] subs = new long[64];
        boolean[] candidate = new boolean[64];
        long[] ownParagraphs = new long[64];
        /** Per kept element, its own {@link #openNumber} and its parent's (-1 at the top). */
        private int[] numbers = new int[64];
        private int[] parentNumbers = new int[64];
        /** Per open number, the kept element's index; made once asked. */
        private int[] keptByNumber;
        private boolean[] container = new boolean[64];

        private final boolean furnitureCounts;

        Automatic(String src, Automatic first, long furnitureBelow, boolean furnitureCounts) {
            this.src = src;
            this.hints = new ClassHints.Reader(src);
            this.first = first;
            this.furnitureBelow = furnitureBelow;
            this.furnitureCounts = furnitureCounts;
        }

        /** The kept element that is the parent of kept element {@code k}; -1 at the top. */
        int parentOf(int k) {
            if (keptByNumber == null) {
                keptByNumber = new int[opened];
                Arrays.fill(keptByNumber, -1);
                for (int i = 0; i < count; i++) {
                    keptByNumber[numbers[i]] = i;
                }
            }
            return parentNumbers[k] < 0 ? -1 : keptByNumber[parentNumbers[k]];
        }

        long maxSub() {
            long max = 0;
            for (int k = 0; k < count; k++) {
                max = Math.max(max, subs[k]);
            }
            return max;
        }

        /** The first walk's paragraph text of the element starting at {@code start}. */
        private long firstSub(int start) {
            // the first walk recorded elements in close order; search its start-sorted copy
            int k = Arrays.binarySearch(first.sortedStarts(), start);
            return k < 0 ? 0 : first.sortedSubs[k];
        }

        private int[] sortedStarts;
        private long[] sortedSubs;

        private int[] sortedStarts() {
            if (sortedStarts == null) {
                Integer[] order = new Integer[count];
                for (int k = 0; k < count; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, Comparator.comparingInt(k -> starts[k]));
                sortedStarts = new int[count];
                sortedSubs = new long[count];
                for (int k = 0; k < count; k++) {
                    sortedStarts[k] = starts[order[k]];
                    sortedSubs[k] = subs[order[k]];
                }
            }
            return sortedStarts;
        }

        @Override
        public void open(Tag tag, int depth) {
            top = depth;
            if (depth + 1 >= start.length) {
                int size = start.length * 2;
                start = Arrays.copyOf(start, size);
                sub = Arrays.copyOf(sub, size);
                text = Arrays.copyOf(text, size);
                linkText = Arrays.copyOf(linkText, size);
                furniture = Arrays.copyOf(furniture, size);
                link = Arrays.copyOf(link, size);
                paragraph = Arrays.copyOf(paragraph, size);
                looseBlock = Arrays.copyOf(looseBlock, size);
                blockLevel = Arrays.copyOf(blockLevel, size);
                hasBlockInside = Arrays.copyOf(hasBlockInside, size);
                ownAt = Arrays.copyOf(ownAt, size);
                openNumber = Arrays.copyOf(openNumber, size);
                directText = Arrays.copyOf(directText, size);
                container = Arrays.copyOf(container, size);
            }
            start[depth] = tag.start;
            sub[depth] = 0;
            text[depth] = 0;
            linkText[depth] = 0;
            boolean inFurniture = depth > 0 && furniture[depth - 1];
            boolean looksLikeFurniture = furnitureCounts && ((tag.flags & TagNames.FURNITURE) != 0
                    || (!tag.name.equals("body") && !tag.name.equals("html") && (tag.flags & TagNames.TEXT_BLOCK) == 0
                    && (hints.of(tag) & ClassHints.FURNITURE) != 0));
            furniture[depth] = inFurniture || (looksLikeFurniture
                    && (furnitureBelow == Long.MAX_VALUE || firstSub(tag.start) < furnitureBelow));
            container[depth] = CONTAINERS.contains(tag.name) || (tag.name.indexOf('-') > 0);
            link[depth] = (tag.flags & TagNames.LINK) != 0;
            paragraph[depth] = tag.name.equals("p") || tag.name.equals("pre");
            looseBlock[depth] = LOOSE_BLOCKS.contains(tag.name);
            blockLevel[depth] = (tag.flags & TagNames.BLOCK_LEVEL) != 0 && !tag.name.equals("br");
            hasBlockInside[depth] = false;
            ownAt[depth] = 0;
            openNumber[depth] = opened++;
            directText[depth] = 0;
            if (link[depth]) {
                inLink++;
            }
        }

        @Override
        public void close(int depth, int end) {
            top = depth - 1;
            if (link[depth]) {
                inLink--;
            }
            int own = text[depth] - linkText[depth];
            if (looseBlock[depth] && hasBlockInside[depth] && !furniture[depth]) {
                own = directText[depth];
            }
            boolean readAsParagraph = paragraph[depth] || looseBlock[depth];
            if (readAsParagraph && own >= MIN_PARAGRAPH && !furniture[depth]) {
                sub[depth] += own;
                if (looseBlock[depth] && hasBlockInside[depth]) {
                    ownAt[depth] += own; // text standing in it beside its blocks
                } else if (depth >= 1) {
                    ownAt[depth - 1] += own;
                }
            }
            if (depth >= 1 && (blockLevel[depth] || hasBlockInside[depth])) {
                hasBlockInside[depth - 1] = true;
            }
            if (sub[depth] > 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    subs = Arrays.copyOf(subs, count * 2);
                    candidate = Arrays.copyOf(candidate, count * 2);
                    ownParagraphs = Arrays.copyOf(ownParagraphs, count * 2);
                    numbers = Arrays.copyOf(numbers, count * 2);
                    parentNumbers = Arrays.copyOf(parentNumbers, count * 2);
                }
                candidate[count] = container[depth];
                ownParagraphs[count] = ownAt[depth];
                numbers[count] = openNumber[depth];
                parentNumbers[count] = depth >= 1 ? openNumber[depth - 1] : -1;
                starts[count] = start[depth];
                ends[count] = end;
                subs[count] = sub[depth];
                count++;
            }
            if (depth >= 1) {
                sub[depth - 1] += sub[depth];
                text[depth - 1] += text[depth];
                linkText[depth - 1] += link[depth] ? text[depth] : linkText[depth];
            }
        }

        @Override
        public void text(int from, int to) {
            if (top < 0) {
                return;
            }
            int s = from;
            int e = to;
            while (s < e && TagWalk.isSpace(src.charAt(s))) {
                s++;
            }
            while (e > s && TagWalk.isSpace(src.charAt(e - 1))) {
                e--;
            }
            text[top] += e - s;
            if (inLink > 0 && !link[top]) {
                linkText[top] += e - s;
            } else if (inLink == 0) {
                directText[top] += e - s;
            }
        }
    }
}
