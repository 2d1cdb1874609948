package io.adslot.structure;

import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an input the way placement needs it: finds the content root when the rules ask for one, scans
 * the body (the root's content, or the whole input) into blocks with the block scanner, and runs the
 * structure pass over the same range. Everything outside the root is passed through byte for byte, since
 * block offsets stay offsets into the whole input; what comes after the root is never scanned, and what
 * comes before it only to know that it leaves nothing open that a browser carries into the root (a
 * {@code <font>} it would reopen there): where it does, nothing is placed.
 *
 * <p>A boundary whose slot would land inside a component right after its last block is moved to just
 * past the component's end (the block's end is set there); nothing visible lies between, so the slot
 * stands where a reader expects it, after the component, not inside it.
 *
 * <p>The structure pass reads the tree the scan built when the scanner records its shape
 * ({@link io.adslot.article.BlockScanner#scanWithShape}, as the engine's does); with any other scanner it walks
 * the tags itself, to the same result on real markup, at a higher cost.
 *
 * <p>Thread-safe: holds only immutable options; each read has its own state.
 */
public final class PageReader {

    private final Function<String, ScannedArticle> scanner;
    private final RootCheck rootCheck;
    private final PageOptions options;
    private final SelectorMatcher matcher;
    private final String rootWanted;

    /**
     * Whether the content of the element starting at {@code page[start]}, {@code [contentStart, contentEnd)},
     * reads in the page as it reads on its own as a body ({@link BlockScanner#contentReadsAsABody}): only
     * then may it be scanned on its own.
     */
    @FunctionalInterface
    public interface RootCheck {
        boolean contentReadsAsABody(String page, int start, int contentStart, int contentEnd);
    }

    /** A reader with {@code scanner}; whether a content root may be scanned on its own is asked of a default scanner. */
    public PageReader(Function<String, ScannedArticle> scanner, PageOptions options) {
        this(scanner, BlockScanner.withDefaults()::contentReadsAsABody, options);
    }

    /**
     * @param scanner   scans a body, or a content root's content, into blocks
     * @param rootCheck whether a root's content may be scanned on its own
     * @param options   the page options: content root, components, existing ads, avoided elements
     */
    public PageReader(Function<String, ScannedArticle> scanner, RootCheck rootCheck, PageOptions options) {
        this.scanner = scanner;
        this.rootCheck = rootCheck;
        this.options = options;
        List<Selector> lists = new ArrayList<>();
        lists.add(union(options.existingAds()));
        lists.add(union(options.components()));
        lists.add(union(options.readThrough()));
        lists.addAll(options.near());
        this.matcher = new SelectorMatcher(lists, options.adsByName());
        List<String> wanted = new ArrayList<>();
        options.contentRoot().forEach(s -> wanted.add(s.text()));
        if (options.automaticRoot()) {
            wanted.add("auto");
        }
        this.rootWanted = wanted.isEmpty() ? null : String.join(", ", wanted);
    }

    /** The selectors the structure pass matches, compiled. */
    SelectorMatcher matcher() {
        return matcher;
    }

    /** The article and its structure. */
    public Read read(String html) {
        String source = html == null ? "" : html;
        int from = 0;
        int to = source.length();
        ContentRoot root = null;
        if (options.findsContentRoot()) {
            root = options.contentRoot().isEmpty() ? null : ContentRootFinder.bySelectors(source, options.contentRoot());
            if (root == null && options.automaticRoot()) {
                root = ContentRootFinder.automatic(source);
            }
            if (root != null && !rootCheck.contentReadsAsABody(source, root.start(), root.contentStart(), root.contentEnd())) {
                // a <font> or a link the page leaves open before the root is carried into it by a browser, a
                // stray end tag in it closes it with an ancestor the walk did not see open, or its own end tag
                // is ignored (a custom element's, with a paragraph open in it)
                return nothingPlaced(source, new ContentRoot(root.start(), root.contentStart(), root.contentEnd(), root.end(),
                        root.element(), root.why() + "; not used: a browser would not read its content as the article "
                        + "alone (the page before it leaves open an element it carries into it, such as a formatting element "
                        + "or a link, or markup inside it closes it early, or its end tag does not close it), and a slot there "
                        + "could be torn apart"));
            }
            if (root == null) {
                return nothingPlaced(source, null);
            }
            from = root.contentStart();
            to = root.contentEnd();
        }
        ScannedArticle scanned = from == 0 && to == source.length() ? scanner.apply(source)
                : scanner.apply(source.substring(from, to)).placedIn(source, from);
        ComponentFinder.Found found = ComponentFinder.find(source, from, to, matcher,
                options.near().size(), scanned);
        return structured(scanned, found, root);
    }

    /** The page passed through whole: no root was found, or (given) the one found cannot be used. */
    private Read nothingPlaced(String source, ContentRoot unusable) {
        return new Read(new ScannedArticle(source, List.of(), List.of()),
                new PageStructure(unusable, true, rootWanted, new Region[1], List.of(), Map.of(), List.of()));
    }

    /**
     * The root's content was scanned as if the input ended where it ends; but a root whose end is implied (no
     * end tag of its own, as the walk reads it: a stray end tag, an ancestor's) is followed by markup a
     * browser may read on in the root's last element (a paragraph left open runs on past a stray {@code
     * </aside>}). A slot right after a last block that runs to that end would be inside it: that gap is closed.
     */
    private static List<Block> lastGapClosed(List<Block> blocks, int contentEnd) {
        int last = blocks.size() - 1;
        if (last < 0 || blocks.get(last).end() < contentEnd || blocks.get(last).openEnd()) {
            return blocks;
        }
        List<Block> closed = new ArrayList<>(blocks);
        closed.set(last, blocks.get(last).withOpenEnd());
        return closed;
    }

    /**
     * The scanned article and what the structure pass found in it.
     *
     * @param article   the blocks, offsets into the whole input
     * @param structure the structure, by boundary
     */
    public record Read(ScannedArticle article, PageStructure structure) {
    }

    private Read structured(ScannedArticle scanned, ComponentFinder.Found found, ContentRoot root) {
        List<Block> blocks = scanned.blocks();
        // copied only when a component's bounds move a block's, which most articles never need
        boolean copied = false;
        int n = blocks.size();
        Region[] blocked = new Region[n + 1];
        List<Region> components = found.components();
        for (Region r : components) {
            int first = firstAfter(blocks, r.start());
            int last = lastBefore(blocks, r.end());
            if (last <= first) {
                continue;
            }
            for (int b = first + 1; b < last; b++) {
                blocked[b] = r;
            }
            Block firstBlock = blocks.get(first);
            if (first == 0 && firstBlock.start() > r.start()) {
                if (firstBlock.start() >= r.start() && onlyTags(scanned.source(), r.start(), firstBlock.start(), false)) {
                    if (!copied) {
                        blocks = new ArrayList<>(blocks);
                        copied = true;
                    }
                    blocks.set(0, firstBlock.withRange(r.start(), firstBlock.end()));
                } else {
                    blocked[0] = r;
                }
            }
            Block lastBlock = blocks.get(last - 1);
            if (lastBlock.end() < r.end()) {
                if (lastBlock.start() >= r.start() && onlyTags(scanned.source(), lastBlock.end(), r.end(), true)) {
                    if (!copied) {
                        blocks = new ArrayList<>(blocks);
                        copied = true;
                    }
                    blocks.set(last - 1, lastBlock.withRange(lastBlock.start(), r.end()));
                } else {
                    blocked[last] = r;
                }
            }
        }
        List<PageStructure.Placed> ads = place(blocks, found.ads());
        Map<String, List<PageStructure.Placed>> near = new LinkedHashMap<>();
        for (int i = 0; i < options.near().size(); i++) {
            near.put(options.near().get(i).text(), place(blocks, found.near().get(i)));
        }
        if (root != null && root.contentEnd() == root.end()) {
            List<Block> closed = lastGapClosed(blocks, root.contentEnd());
            copied |= closed != blocks;
            blocks = closed;
        }
        ScannedArticle article = copied ? new ScannedArticle(scanned.source(), blocks, scanned.markers()) : scanned;
        return new Read(article, new PageStructure(root, false, rootWanted, blocked, ads, near, components));
    }

    /**
     * True when {@code src[from, to)} holds only whitespace and tags (end tags only when {@code endTagsOnly}):
     * a boundary moves only past markup that opens or closes elements, never past text, comments or scripts.
     */
    private static boolean onlyTags(String src, int from, int to, boolean endTagsOnly) {
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (TagWalk.isSpace(c)) {
                i++;
                continue;
            }
            if (c != '<' || i + 1 >= to) {
                return false;
            }
            char next = src.charAt(i + 1);
            boolean endTag = next == '/';
            if (endTagsOnly ? !endTag : !(endTag || Character.isLetter(next))) {
                return false;
            }
            int end = TagWalk.startTagEnd(src, i, to);
            if (src.charAt(end - 1) != '>') {
                return false;
            }
            i = end;
        }
        return true;
    }

    private static List<PageStructure.Placed> place(List<Block> blocks, List<Region> regions) {
        List<PageStructure.Placed> placed = new ArrayList<>(regions.size());
        for (Region r : regions) {
            int first = firstAfter(blocks, r.start());
            placed.add(new PageStructure.Placed(first, Math.max(first, lastBefore(blocks, r.end())), r));
        }
        return placed;
    }

    /** The number of blocks that end at or before {@code offset}. */
    private static int firstAfter(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The number of blocks that start before {@code offset}. */
    private static int lastBefore(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Selector union(List<Selector> selectors) {
        List<Selector.Complex> all = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Selector s : selectors) {
            all.addAll(s.selectors());
            text.append(text.length() == 0 ? "" : ", ").append(s.text());
        }
        return new Selector(text.toString(), all);
    }
}
