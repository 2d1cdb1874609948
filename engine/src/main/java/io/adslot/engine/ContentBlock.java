package io.adslot.engine;

import java.util.List;
import java.util.Objects;

/**
 * One block of a structured article, as headless CMSs store them (paragraphs, headings, images,
 * embeds, quotes, lists), for {@link Article#ofBlocks(String, List)}.
 *
 * <p>All text is plain text: the engine escapes it when it writes the article's canonical HTML (see
 * {@link Article#ofBlocks(String, String, List)}). Each block becomes exactly one top-level element, so a
 * slot's {@link PlannedSlot#blockIndex()} is the index of the block it stands before.
 */
public sealed interface ContentBlock {

    /**
     * A paragraph: {@code <p>text</p>}.
     *
     * @param text plain text
     */
    record Paragraph(String text) implements ContentBlock {
        /**
         * Normalizes a null text to empty.
         *
         * @param text plain text
         */
        public Paragraph {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /**
     * A heading: {@code <h2>text</h2>}.
     *
     * @param level 1 to 6 (values outside are clamped)
     * @param text  plain text
     */
    record Heading(int level, String text) implements ContentBlock {
        /**
         * Clamps the level and normalizes a null text to empty.
         *
         * @param level 1 to 6
         * @param text  plain text
         */
        public Heading {
            level = Math.max(1, Math.min(6, level));
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /**
     * An image: {@code <figure><img src alt><figcaption>caption</figcaption></figure>}.
     *
     * @param src     image URL
     * @param alt     alternative text
     * @param caption caption text, empty for none
     */
    record Image(String src, String alt, String caption) implements ContentBlock {
        /**
         * Normalizes null parts to empty.
         *
         * @param src     image URL
         * @param alt     alternative text
         * @param caption caption, empty for none
         */
        public Image {
            src = Objects.requireNonNullElse(src, "");
            alt = Objects.requireNonNullElse(alt, "");
            caption = Objects.requireNonNullElse(caption, "");
        }
    }

    /**
     * Embedded media by URL (a video or social post player): {@code <iframe src title></iframe>}.
     *
     * @param url   the player URL
     * @param title accessible title, empty for none
     */
    record Embed(String url, String title) implements ContentBlock {
        /**
         * Normalizes null parts to empty.
         *
         * @param url   player URL
         * @param title accessible title
         */
        public Embed {
            url = Objects.requireNonNullElse(url, "");
            title = Objects.requireNonNullElse(title, "");
        }
    }

    /**
     * A quotation: {@code <blockquote><p>text</p></blockquote>}.
     *
     * @param text plain text
     */
    record Quote(String text) implements ContentBlock {
        /**
         * Normalizes a null text to empty.
         *
         * @param text plain text
         */
        public Quote {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /**
     * A list: {@code <ul>} or {@code <ol>} with one {@code <li>} per item.
     *
     * @param ordered true for a numbered list
     * @param items   plain-text items
     */
    record ListBlock(boolean ordered, List<String> items) implements ContentBlock {
        /**
         * Copies the items, dropping nulls.
         *
         * @param ordered true for a numbered list
         * @param items   plain-text items
         */
        public ListBlock {
            items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        }
    }

    /**
     * A paragraph.
     *
     * @param text plain text
     * @return the block
     */
    static ContentBlock paragraph(String text) {
        return new Paragraph(text);
    }

    /**
     * A heading.
     *
     * @param level 1 to 6
     * @param text  plain text
     * @return the block
     */
    static ContentBlock heading(int level, String text) {
        return new Heading(level, text);
    }

    /**
     * An image.
     *
     * @param src     image URL
     * @param alt     alternative text
     * @param caption caption, empty for none
     * @return the block
     */
    static ContentBlock image(String src, String alt, String caption) {
        return new Image(src, alt, caption);
    }

    /**
     * Embedded media.
     *
     * @param url   player URL
     * @param title accessible title
     * @return the block
     */
    static ContentBlock embed(String url, String title) {
        return new Embed(url, title);
    }

    /**
     * A quotation.
     *
     * @param text plain text
     * @return the block
     */
    static ContentBlock quote(String text) {
        return new Quote(text);
    }

    /**
     * A list.
     *
     * @param ordered true for a numbered list
     * @param items   plain-text items
     * @return the block
     */
    static ContentBlock list(boolean ordered, List<String> items) {
        return new ListBlock(ordered, items);
    }
}
