package io.adslot.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article to place slots in: its id, an optional revision, and its body as an HTML fragment.
 *
 * <p>Hosts that store articles as HTML use {@link #of(String, String)} or {@link #of(String, String, String)};
 * headless CMSs that store structured blocks use {@link #ofBlocks(String, List)}, and the engine writes the
 * blocks as canonical HTML first (see there). Giving a revision lets the decision cache key the article by
 * id and revision instead of hashing its body on every request; a revision must then name exactly one body.
 *
 * <p>Immutable and cheap: the body is not copied.
 */
public final class Article {

    private final String id;
    private final String revision;
    private final String body;
    private final List<ContentBlock> blocks;

    private Article(String id, String revision, String body, List<ContentBlock> blocks) {
        this.id = Objects.requireNonNullElse(id, "");
        this.revision = revision;
        this.body = Objects.requireNonNullElse(body, "");
        this.blocks = blocks;
    }

    /**
     * An HTML article without a revision: the cache keys it by a hash of its body.
     *
     * @param id   the host's article id (used in log messages)
     * @param body the body HTML fragment; null is read as empty
     * @return the article
     */
    public static Article of(String id, String body) {
        return new Article(id, null, body, List.of());
    }

    /**
     * An HTML article with a revision: the cache keys it by id and revision.
     *
     * @param id       the host's article id
     * @param revision the revision, which must change whenever the body changes; null for none
     * @param body     the body HTML fragment; null is read as empty
     * @return the article
     */
    public static Article of(String id, String revision, String body) {
        return new Article(id, revision, body, List.of());
    }

    /**
     * A structured article without a revision; see {@link #ofBlocks(String, String, List)}.
     *
     * @param id     the host's article id
     * @param blocks the blocks in reading order
     * @return the article
     */
    public static Article ofBlocks(String id, List<ContentBlock> blocks) {
        return ofBlocks(id, null, blocks);
    }

    /**
     * A structured article. The blocks are written as HTML, one top-level element per block separated by
     * a newline: {@code <p>}, {@code <h1>}-{@code <h6>}, {@code <figure><img></figure>}, {@code <iframe>},
     * {@code <blockquote><p>}, {@code <ul>}/{@code <ol>}; every text escaped. Slots go between blocks, and
     * {@link PlannedSlot#blockIndex()} is the index of the block a slot stands before (the block count for
     * a slot at the end). Hosts that render blocks themselves use {@link AdSlotEngine#plan} and insert the
     * slots' markup before those block indices.
     *
     * @param id       the host's article id
     * @param revision the revision, or null
     * @param blocks   the blocks in reading order; null entries are skipped
     * @return the article
     */
    public static Article ofBlocks(String id, String revision, List<ContentBlock> blocks) {
        List<ContentBlock> copy = blocks == null ? List.of()
                : blocks.stream().filter(Objects::nonNull).toList();
        return new Article(id, revision, BlocksHtml.of(copy), copy);
    }

    /**
     * The host's article id.
     *
     * @return the id, empty when none was given
     */
    public String id() {
        return id;
    }

    /**
     * The revision, when the host gave one.
     *
     * @return the revision
     */
    public Optional<String> revision() {
        return Optional.ofNullable(revision);
    }

    /**
     * The body HTML: as given, or the canonical HTML of the blocks.
     *
     * @return the body, never null
     */
    public String body() {
        return body;
    }

    /**
     * The structured blocks for an article made with {@code ofBlocks}.
     *
     * @return the blocks, empty for an HTML article
     */
    public List<ContentBlock> blocks() {
        return blocks;
    }

    String revisionOrNull() {
        return revision;
    }

    @Override
    public String toString() {
        return "Article[" + id + (revision == null ? "" : "@" + revision) + ", " + body.length() + " chars]";
    }
}
