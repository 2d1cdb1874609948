package io.adslot.structure;

import io.adslot.article.ScannedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structure pass: one reading of the elements of an article body (or of the content root's content) that
 * finds the page components a slot must not enter, the ads already on the page, and the elements placements
 * keep their distance from. It reads the tree the scan built ({@link ShapeReplay}), or, where the scan could not
 * vouch for that, the tags ({@link TagWalk}).
 *
 * <h2>What is a component</h2>
 * Recognised by structure, from what each element holds once it closes (its visible text, the text in its
 * links and captions, its media, its text blocks, its children):
 * <ul>
 *   <li><b>A wrapper around media</b> with no text flow of its own: media ({@code img}, {@code picture},
 *       {@code video}, {@code audio}, {@code iframe}, {@code embed}, {@code object}, {@code amp-img}...) and at
 *       most a caption's worth of text flow, in at most one text block. Text flow is text outside links,
 *       captions and the media wrappers inside: an author box (a photo, the name as a link, one line of
 *       bio, profile links) has one line of flow, and a box of author boxes none. With a {@code video},
 *       {@code audio} or {@code iframe} inside it is a player, with an embed inside an embed. A media element
 *       itself is one too (its fallback content is never shown).</li>
 *   <li><b>An embed</b>: an element that shows nothing in the markup but is filled at display time, so a
 *       reader sees media there: no visible text and no media, and a {@code script} inside it (an
 *       infographic's or a social post's loader beside its empty placeholder), or a {@code figure} (a figure
 *       is media by definition; an empty one is a placeholder). It counts as media for the wrapper around
 *       it.</li>
 *   <li><b>Media and its caption</b>: media (or a media wrapper) and the element right after it, when that
 *       one is a {@code figcaption}, is hinted as a caption, is a short run of text that is not a
 *       paragraph or heading, or is a short text block set centred.</li>
 *   <li><b>A teaser box</b>: an element whose text is mostly link text (at least half, with two links or
 *       more, below {@value #TEASER_MAX_TEXT} chars), or hinted as related/teaser with a link.</li>
 *   <li><b>A form</b>.</li>
 *   <li><b>A layout row</b>: two or more children that are side-by-side grid columns.</li>
 *   <li><b>A side column</b>: a grid column outside any row (a stray end tag closed the row before the
 *       sidebar).</li>
 * </ul>
 * Elements named by the rules' {@code atomic} selectors are components too; elements named by
 * {@code read_through} never are. No structural component but a row of columns holds more than half of
 * the body's text: that would be the article itself (a half-width column is never a place for a slot).
 *
 * <p>An element an existing-ad signature matches is an ad already on the page. With the default signatures,
 * so is an element whose class or id names it an ad in one of its words ({@link ClassHints#namesAnAd}:
 * {@code gujAd}, {@code mvp-post-ad}) and that holds at most a label's text ({@value #AD_LABEL_MAX_TEXT}
 * chars).
 *
 * <p>Cost: the reading's, plus constant work per element and per selector compound.
 */
final class ComponentFinder implements TagWalk.Listener {

    static final int TEASER_MAX_TEXT = 1500;
    /** Text a media wrapper may hold besides its media and captions: a caption or a credit, not a paragraph. */
    static final int WRAPPER_MAX_FLOW = 150;
    /** Text a following element may hold and still be read as the caption of the media before it. */
    static final int CAPTION_MAX_TEXT = 300;
    /**
     * Text an element named an ad by its class or id may hold and still be one: a label such as
     * "Advertisement", "ADVERTISEMENT - STORY CONTINUES BELOW" or "Anzeige", not an article's text.
     */
    static final int AD_LABEL_MAX_TEXT = 80;

    private static final int LINK = 1;
    private static final int CAPTION = 1 << 1;
    private static final int AD = 1 << 2;
    private static final int NAMED = 1 << 3;
    private static final int READ_THROUGH = 1 << 4;
    private static final int COLUMN = 1 << 5;
    private static final int TEASER_HINT = 1 << 6;
    private static final int MEDIA = 1 << 7;
    private static final int FORM = 1 << 8;
    private static final int AFTER_MEDIA = 1 << 9;
    private static final int PLAYER_MEDIA = 1 << 10;
    private static final int WRAPS_MEDIA = 1 << 11;
    private static final int TEXT_BLOCK = 1 << 12;
    private static final int SCRIPT = 1 << 13;
    /** An element with a {@code script} inside. */
    private static final int HOLDS_SCRIPT = 1 << 14;
    private static final int FIGURE = 1 << 15;
    /** An embed, or a wrapper with one inside. */
    private static final int EMBED_MEDIA = 1 << 16;
    /** A class or id naming the element an ad ({@link ClassHints#namesAnAd}); an ad if it holds at most a label. */
    private static final int AD_NAMED = 1 << 17;
    /** A text block whose start tag centres it: right after media, a caption by the way it is set. */
    private static final int CENTRED = 1 << 18;

    /** The {@link TagNames#numberAt numbers} of the names {@link #open} looks for at every element. */
    private static final int FORM_NAME = TagNames.numberAt(TagNames.indexOf("form"));
    private static final int SCRIPT_NAME = TagNames.numberAt(TagNames.indexOf("script"));
    private static final int FIGURE_NAME = TagNames.numberAt(TagNames.indexOf("figure"));
    private static final int P_NAME = TagNames.numberAt(TagNames.indexOf("p"));

    private final String src;
    private final SelectorMatcher matcher;
    private final SelectorMatcher.Walk matching;
    /** Made at the first tag with a class: many bodies' paragraphs have none. */
    private ClassValues classValues;
    private ClassHints.Reader hintReader;
    private final int nearCount;

    /** Most article bodies nest a few levels deep; a whole page grows the arrays once or twice. */
    private static final int INITIAL_DEPTH = 8;

    // Per open element, indexed by depth + 1 (index 0 is the walked range itself).
    private int[] start = new int[INITIAL_DEPTH];
    private int[] bits = new int[INITIAL_DEPTH];
    private int[] text = new int[INITIAL_DEPTH];
    private int[] linkText = new int[INITIAL_DEPTH];
    private int[] captionText = new int[INITIAL_DEPTH];
    /** Text outside links, captions and media wrappers: what a reader reads as the element's own text. */
    private int[] flow = new int[INITIAL_DEPTH];
    /** Text blocks holding flow. */
    private int[] flowBlocks = new int[INITIAL_DEPTH];
    private int[] media = new int[INITIAL_DEPTH];
    private int[] links = new int[INITIAL_DEPTH];
    private int[] textBlocks = new int[INITIAL_DEPTH];
    private int[] columns = new int[INITIAL_DEPTH];
    private int[] children = new int[INITIAL_DEPTH];
    private long[] near = new long[INITIAL_DEPTH];
    /** The last child closed in each element: its start, end and bits; -1 start when none since text. */
    private int[] lastChildStart = new int[INITIAL_DEPTH];
    private int[] lastChildEnd = new int[INITIAL_DEPTH];
    private int[] lastChildBits = new int[INITIAL_DEPTH];
    private int[] height = new int[INITIAL_DEPTH];
    private int inLink;
    private int inCaption;

    private final List<Region> candidates = new ArrayList<>();
    /** Per candidate, its text: the article itself is no component ({@link #result}). */
    private int[] candidateText = new int[INITIAL_DEPTH];
    private final List<Region> ads = new ArrayList<>();
    private final List<List<Region>> nearRegions = new ArrayList<>();

    /**
     * @param matcher selectors matched at each element, in this order: existing-ad signatures, components
     *                named by the rules, read-through containers, then one list per avoided selector
     */
    ComponentFinder(String src, SelectorMatcher matcher, int nearCount) {
        this.src = src;
        this.matcher = matcher;
        this.matching = matcher.walk();
        this.nearCount = nearCount;
        for (int i = 0; i < nearCount; i++) {
            nearRegions.add(new ArrayList<>());
        }
        lastChildStart[0] = -1;
    }

    /** Finds the components, ads and avoided elements of {@code src[from, to)}, reading every tag. */
    static Found find(String src, int from, int to, SelectorMatcher matcher, int nearCount) {
        ComponentFinder finder = new ComponentFinder(src, matcher, nearCount);
        new TagWalk(src, from, to, finder).run();
        return finder.result();
    }

    /**
     * The same, read from the shape of the tree that {@code scanned} (the scan of the same range, offsets into
     * {@code src}) recorded, which takes each paragraph, heading and list item holding only plain phrasing as
     * one piece: no selector of {@code matcher} can match plain phrasing ({@link SelectorMatcher#mayMatchPlainPhrasing};
     * else every tag is read) and no structural rule looks at a link or an {@code em} but to count its text.
     * Without a recorded shape, every tag is read.
     */
    static Found find(String src, int from, int to, SelectorMatcher matcher, int nearCount, ScannedArticle scanned) {
        if (matcher.mayMatchPlainPhrasing() || !scanned.shape().recorded()) {
            return find(src, from, to, matcher, nearCount);
        }
        ComponentFinder finder = new ComponentFinder(src, matcher, nearCount);
        ShapeReplay.replay(src, scanned, finder);
        return finder.result();
    }

    /**
     * What the pass found.
     *
     * @param components outermost components, sorted by start
     * @param ads        existing ads (outermost), sorted by start
     * @param near       per avoided selector, its elements, sorted by start
     */
    record Found(List<Region> components, List<Region> ads, List<List<Region>> near) {
    }

    @Override
    public void open(Tag tag, int depth) {
        int d = depth + 1;
        grow(d + 1);
        int f = tag.flags;
        long compounds;
        int hints;
        boolean adNamed = false;
        if (tag.bare() && tag.number >= 0) {
            // no class or id to hint at anything, no attribute to match: the name decides
            compounds = matcher.bareMatches(tag.number);
            hints = 0;
        } else {
            boolean hinted = (f & (TagNames.MEDIA | TagNames.VOID | TagNames.TEXT_BLOCK | TagNames.LINK)) == 0
                    || tag.number == P_NAME;
            int cls = tag.classAttribute();
            if (cls >= 0 && matcher.readsClassValues()) {
                // a page repeats its class values: what one matches is read once per read
                ClassValues values = classValues();
                values.read(tag, cls);
                compounds = matcher.compoundMatches(tag, values.words(), values.conditions());
                hints = hinted ? hints().of(tag, values.hints()) : 0;
                adNamed = hinted && matcher.findsAdsByName() && values.namesAnAd();
            } else {
                compounds = matcher.compoundMatches(tag);
                hints = hinted ? hints().of(tag) : 0;
                adNamed = hinted && matcher.findsAdsByName() && cls >= 0
                        && ClassHints.namesAnAd(src, tag.valueStart(cls), tag.valueEnd(cls));
            }
            int id = tag.idAttribute();
            if (!adNamed && id >= 0 && hinted && matcher.findsAdsByName()) {
                adNamed = ClassHints.namesAnAd(src, tag.valueStart(id), tag.valueEnd(id));
            }
        }
        long matched = matching.open(tag, depth, compounds);
        int b = 0;
        if ((f & TagNames.LINK) != 0) {
            b |= LINK;
            inLink++;
        }
        if ((f & TagNames.CAPTION) != 0 || (hints & ClassHints.CAPTION) != 0) {
            b |= CAPTION;
            inCaption++;
        }
        if ((matched & 1) != 0) {
            b |= AD;
            height[d] = declaredHeight(tag);
        } else if (adNamed) {
            b |= AD_NAMED;
            height[d] = declaredHeight(tag);
        }
        if ((matched & 2) != 0) {
            b |= NAMED;
        }
        if ((matched & 4) != 0) {
            b |= READ_THROUGH;
        }
        if ((hints & ClassHints.COLUMN) != 0) {
            b |= COLUMN;
        }
        if ((hints & ClassHints.TEASER) != 0) {
            b |= TEASER_HINT;
        }
        if ((f & TagNames.MEDIA) != 0) {
            b |= MEDIA;
            if (tag.name.equals("video") || tag.name.equals("audio") || tag.name.equals("iframe")
                    || tag.name.startsWith("amp-")) {
                b |= PLAYER_MEDIA;
            }
        }
        int number = tag.number;
        if (number == FORM_NAME) {
            b |= FORM;
        } else if (number == SCRIPT_NAME) {
            b |= SCRIPT;
        } else if (number == FIGURE_NAME) {
            b |= FIGURE;
        }
        if ((f & TagNames.TEXT_BLOCK) != 0) {
            b |= TEXT_BLOCK;
        }
        int parent = d - 1;
        if (lastChildStart[parent] >= 0 && (lastChildBits[parent] & (MEDIA | WRAPS_MEDIA)) != 0
                && (f & TagNames.VOID) == 0 && (f & TagNames.MEDIA) == 0) {
            b |= AFTER_MEDIA;
            if ((b & TEXT_BLOCK) != 0 && isCentred(tag)) {
                b |= CENTRED;
            }
        }
        start[d] = tag.start;
        bits[d] = b;
        text[d] = linkText[d] = captionText[d] = media[d] = links[d] = textBlocks[d] = columns[d] = children[d] = 0;
        flow[d] = flowBlocks[d] = 0;
        near[d] = nearCount == 0 ? 0 : matched >>> 3;
        lastChildStart[d] = -1;
    }

    @Override
    public void close(int depth, int end) {
        int d = depth + 1;
        currentTop = d - 1;
        int b = bits[d];
        if ((b & LINK) != 0) {
            inLink--;
        }
        if ((b & CAPTION) != 0) {
            inCaption--;
        }
        if (isEmbed(d, b)) {
            b |= MEDIA | EMBED_MEDIA;
        }
        Region.Kind kind = classify(d, b);
        if (kind == Region.Kind.IMAGE || kind == Region.Kind.PLAYER || kind == Region.Kind.EMBED) {
            b |= WRAPS_MEDIA;
        }
        if ((b & AD) != 0 || (b & AD_NAMED) != 0 && text[d] <= AD_LABEL_MAX_TEXT) {
            ads.add(Region.describedLater(src, start[d], end, Region.Kind.EXISTING_AD, height[d]));
        } else if (kind != null) {
            candidate(start[d], end, kind, text[d]);
        }
        if ((b & AFTER_MEDIA) != 0 && kind == null && isCaption(d, b)) {
            int parent = d - 1;
            candidate(lastChildStart[parent], end, Region.Kind.CAPTIONED_MEDIA, text[d]);
        }
        for (long n = near[d]; n != 0; n &= n - 1) {
            int index = Long.numberOfTrailingZeros(n);
            if (index < nearCount) {
                nearRegions.get(index).add(Region.describedLater(src, start[d], end, Region.Kind.NEAR, 0));
            }
        }
        int p = d - 1;
        text[p] += text[d];
        linkText[p] += (b & LINK) != 0 ? text[d] : linkText[d];
        captionText[p] += (b & CAPTION) != 0 ? text[d] : captionText[d];
        media[p] += media[d] + ((b & MEDIA) != 0 ? 1 : 0);
        links[p] += links[d] + ((b & LINK) != 0 ? 1 : 0);
        textBlocks[p] += textBlocks[d] + ((b & TEXT_BLOCK) != 0 && text[d] > 0 ? 1 : 0);
        if ((b & (LINK | CAPTION | WRAPS_MEDIA)) == 0) {
            flow[p] += flow[d];
            flowBlocks[p] += flowBlocks[d] + ((b & TEXT_BLOCK) != 0 && flow[d] > 0 ? 1 : 0);
        }
        if ((b & (MEDIA | PLAYER_MEDIA)) == (MEDIA | PLAYER_MEDIA) || (b & WRAPS_MEDIA) != 0 && (b & PLAYER_MEDIA) != 0) {
            bits[p] |= PLAYER_MEDIA;
        }
        if ((b & (MEDIA | EMBED_MEDIA)) == (MEDIA | EMBED_MEDIA) || (b & WRAPS_MEDIA) != 0 && (b & EMBED_MEDIA) != 0) {
            bits[p] |= EMBED_MEDIA;
        }
        bits[p] |= b & FORM;
        if ((b & (SCRIPT | HOLDS_SCRIPT)) != 0) {
            bits[p] |= HOLDS_SCRIPT;
        }
        columns[p] += (b & COLUMN) != 0 ? 1 : 0;
        children[p]++;
        lastChildStart[p] = start[d];
        lastChildEnd[p] = end;
        lastChildBits[p] = b;
    }

    /**
     * An element that shows nothing in the markup but media at display time: no text, no media, and a
     * script inside it or being a {@code figure}. A bare {@code script} is not one: it shows nothing.
     */
    private boolean isEmbed(int d, int b) {
        return text[d] == 0 && media[d] == 0 && (b & MEDIA) == 0 && (b & (FIGURE | HOLDS_SCRIPT)) != 0;
    }

    private Region.Kind classify(int d, int b) {
        if ((b & READ_THROUGH) != 0) {
            return null;
        }
        if ((b & NAMED) != 0) {
            return Region.Kind.NAMED;
        }
        if ((b & MEDIA) != 0) {
            return mediaKind(b);
        }
        if ((b & FORM) != 0 && text[d] - linkText[d] < TEASER_MAX_TEXT) {
            return Region.Kind.FORM;
        }
        if (columns[d] >= 2 && columns[d] >= children[d] - 1) {
            return Region.Kind.COLUMNS;
        }
        if ((b & (TEXT_BLOCK | LINK)) == 0 && text[d] > 0 && text[d] < TEASER_MAX_TEXT && links[d] >= 1
                && (((b & TEASER_HINT) != 0) || (links[d] >= 2 && linkText[d] * 2 >= text[d] && textBlocks[d] >= 2))) {
            return Region.Kind.TEASER;
        }
        if (media[d] > 0 && flow[d] <= WRAPPER_MAX_FLOW && flowBlocks[d] <= 1 && text[d] - captionText[d] < TEASER_MAX_TEXT) {
            return mediaKind(b);
        }
        if ((b & COLUMN) != 0) {
            // a grid column narrower than the page, outside any row the finder saw (a stray end tag closed
            // the row before it): a side column unless it holds the article (see result())
            return Region.Kind.SIDE_COLUMN;
        }
        return null;
    }

    private static Region.Kind mediaKind(int b) {
        if ((b & PLAYER_MEDIA) != 0) {
            return Region.Kind.PLAYER;
        }
        return (b & EMBED_MEDIA) != 0 ? Region.Kind.EMBED : Region.Kind.IMAGE;
    }

    /** A caption: a {@code figcaption} or an element hinted as one, or short text that is not a paragraph or heading. */
    private boolean isCaption(int d, int b) {
        if ((b & CAPTION) != 0) {
            return true;
        }
        if ((b & CENTRED) != 0 && text[d] > 0 && text[d] <= CAPTION_MAX_TEXT && media[d] == 0) {
            // a block editor's caption typed as a paragraph under the image, centred like one
            return true;
        }
        return (b & TEXT_BLOCK) == 0 && text[d] > 0 && text[d] <= CAPTION_MAX_TEXT && textBlocks[d] == 0 && media[d] == 0;
    }

    /**
     * True when the start tag centres its text: {@code style="text-align: center"}, or a class saying so
     * ({@code has-text-align-center}, {@code aligncenter}, {@code text-center}, {@code text-align-center}).
     */
    private boolean isCentred(Tag tag) {
        int style = tag.attribute("style");
        if (style >= 0) {
            int at = indexOfIgnoringCase(src, "text-align", tag.valueStart(style), tag.valueEnd(style));
            if (at >= 0) {
                int i = at + "text-align".length();
                int end = tag.valueEnd(style);
                while (i < end && (src.charAt(i) == ' ' || src.charAt(i) == ':')) {
                    i++;
                }
                if (indexOfIgnoringCase(src, "center", i, Math.min(end, i + "center".length())) == i) {
                    return true;
                }
            }
        }
        int cls = tag.classAttribute();
        if (cls < 0) {
            return false;
        }
        for (String word : CENTRED_CLASSES) {
            if (Tokens.contains(src, tag.valueStart(cls), tag.valueEnd(cls), word)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] CENTRED_CLASSES = {"has-text-align-center", "aligncenter", "text-center", "text-align-center"};

    /** The first index of {@code word} (lower case) in {@code src[from, to)}, in any case, or -1. */
    private static int indexOfIgnoringCase(String src, String word, int from, int to) {
        for (int i = from; i + word.length() <= to; i++) {
            if (src.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void text(int from, int to) {
        int s = from;
        int e = to;
        while (s < e && TagWalk.isSpace(src.charAt(s))) {
            s++;
        }
        if (s == e) {
            return;
        }
        while (TagWalk.isSpace(src.charAt(e - 1))) {
            e--;
        }
        text(e - s);
    }

    /** A text run of {@code length} chars, trimmed of whitespace: what {@link #text(int, int)} counts of it. */
    void text(int length) {
        int top = topIndex();
        text[top] += length;
        if (inLink > 0 && (bits[top] & LINK) == 0) {
            linkText[top] += length;
        }
        if (inCaption > 0 && (bits[top] & CAPTION) == 0) {
            captionText[top] += length;
        }
        if (inLink == 0 && inCaption == 0) {
            flow[top] += length;
        }
        lastChildStart[top] = -1;
    }

    /**
     * What the tags and text runs of plain phrasing would have added to the element at the top, the calls to
     * {@link #text}, {@link #open} and {@link #close} of its links and emphasis summed: all its text, the
     * links' text as link text (all of it inside an outer link), the text outside links as flow (none inside
     * a link or caption), all of it as caption text inside a caption.
     */
    void content(int textLength, int linkTextLength, int linkCount) {
        int top = topIndex();
        text[top] += textLength;
        linkText[top] += inLink > 0 ? textLength : linkTextLength;
        if (inCaption > 0) {
            captionText[top] += textLength;
        }
        if (inLink == 0 && inCaption == 0) {
            flow[top] += textLength - linkTextLength;
        }
        links[top] += linkCount;
        if (textLength > 0 || linkCount > 0) {
            lastChildStart[top] = -1;
        }
    }

    /**
     * What {@link #open}, {@link #content} and {@link #close} would add for a bare paragraph, heading or list
     * item of plain phrasing: a text block that is no component, no ad and no avoided element, unless some selector
     * matches its bare name (then false: it is to be told as usual, and nothing was counted). {@code nameNumber}
     * is its name's {@link TagNames#numberAt number}.
     */
    boolean plainBlock(int nameNumber, int blockStart, int blockEnd, int textLength, int linkTextLength, int linkCount) {
        if (matcher.bareMatches(nameNumber) != 0) {
            return false;
        }
        int p = topIndex();
        text[p] += textLength;
        linkText[p] += inLink > 0 ? textLength : linkTextLength;
        if (inCaption > 0) {
            captionText[p] += textLength;
        }
        int blockFlow = inLink == 0 && inCaption == 0 ? textLength - linkTextLength : 0;
        flow[p] += blockFlow;
        flowBlocks[p] += blockFlow > 0 ? 1 : 0;
        links[p] += linkCount;
        textBlocks[p] += textLength > 0 ? 1 : 0;
        children[p]++;
        lastChildStart[p] = blockStart;
        lastChildEnd[p] = blockEnd;
        lastChildBits[p] = TEXT_BLOCK;
        return true;
    }

    private void candidate(int regionStart, int regionEnd, Region.Kind kind, int regionText) {
        int c = candidates.size();
        if (c == candidateText.length) {
            candidateText = Arrays.copyOf(candidateText, c * 2);
        }
        candidateText[c] = regionText;
        candidates.add(Region.describedLater(src, regionStart, regionEnd, kind, 0));
    }

    private ClassValues classValues() {
        if (classValues == null) {
            classValues = new ClassValues(src, matcher, hints());
        }
        return classValues;
    }

    private ClassHints.Reader hints() {
        if (hintReader == null) {
            hintReader = new ClassHints.Reader(src);
        }
        return hintReader;
    }

    /** Index of the innermost open element (0 when none is open: the walked range itself). */
    private int currentTop;

    private int topIndex() {
        return currentTop;
    }

    private void grow(int need) {
        currentTop = need - 1;
        if (need < start.length) {
            return;
        }
        int size = Math.max(need + 1, start.length * 2);
        start = Arrays.copyOf(start, size);
        bits = Arrays.copyOf(bits, size);
        text = Arrays.copyOf(text, size);
        linkText = Arrays.copyOf(linkText, size);
        captionText = Arrays.copyOf(captionText, size);
        flow = Arrays.copyOf(flow, size);
        flowBlocks = Arrays.copyOf(flowBlocks, size);
        media = Arrays.copyOf(media, size);
        links = Arrays.copyOf(links, size);
        textBlocks = Arrays.copyOf(textBlocks, size);
        columns = Arrays.copyOf(columns, size);
        children = Arrays.copyOf(children, size);
        near = Arrays.copyOf(near, size);
        lastChildStart = Arrays.copyOf(lastChildStart, size);
        lastChildEnd = Arrays.copyOf(lastChildEnd, size);
        lastChildBits = Arrays.copyOf(lastChildBits, size);
        height = Arrays.copyOf(height, size);
    }

    private static int declaredHeight(Tag tag) {
        int a = tag.attribute("height");
        if (a >= 0) {
            return leadingNumber(tag.source(), tag.valueStart(a), tag.valueEnd(a));
        }
        a = tag.attribute("style");
        if (a < 0) {
            return 0;
        }
        String src = tag.source();
        int end = tag.valueEnd(a);
        int at = src.indexOf("height", tag.valueStart(a));
        while (at >= 0 && at < end) {
            int colon = at + 6;
            while (colon < end && TagWalk.isSpace(src.charAt(colon))) {
                colon++;
            }
            if (colon < end && src.charAt(colon) == ':') {
                int value = leadingNumber(src, colon + 1, end);
                if (value > 0) {
                    return value;
                }
            }
            at = src.indexOf("height", at + 6);
        }
        return 0;
    }

    private static int leadingNumber(String src, int from, int to) {
        int i = from;
        while (i < to && TagWalk.isSpace(src.charAt(i))) {
            i++;
        }
        int value = 0;
        int digits = 0;
        while (i < to && Character.isDigit(src.charAt(i)) && digits < 5) {
            value = value * 10 + src.charAt(i) - '0';
            i++;
            digits++;
        }
        return i < to && src.charAt(i) == '%' ? 0 : value;
    }

    private Found result() {
        int total = text[0];
        List<Region> kept = new ArrayList<>(candidates.size() + ads.size());
        for (int c = 0; c < candidates.size(); c++) {
            Region r = candidates.get(c);
            // the article itself is no component
            if (r.kind() == Region.Kind.NAMED || r.kind() == Region.Kind.COLUMNS || candidateText[c] * 2 <= total) {
                kept.add(r);
            }
        }
        kept.addAll(ads);
        List<Region> components = Regions.outermost(kept);
        List<List<Region>> nears = new ArrayList<>();
        for (List<Region> list : nearRegions) {
            nears.add(Regions.outermost(list));
        }
        return new Found(components, Regions.outermost(ads), nears);
    }
}
