package io.adslot.placement;

import io.adslot.article.Block;
import io.adslot.article.BlockKind;
import io.adslot.article.Marker;
import io.adslot.article.ScannedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ScannedArticle}s for planner tests, as the block scanner would: a source string of
 * simple elements and blocks whose offsets, words and text lengths agree with it.
 *
 * <pre>{@code
 * ScannedArticle a = Articles.article().p(50).heading(2, 4).figure(800, 600).p(50).here().p(50).build();
 * }</pre>
 */
final class Articles {

    private final StringBuilder source = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    private Articles() {
    }

    static Articles article() {
        return new Articles();
    }

    /** An article of {@code count} paragraphs of {@code words} words each. */
    static ScannedArticle paragraphs(int count, int words) {
        Articles a = article();
        for (int i = 0; i < count; i++) {
            a.p(words);
        }
        return a.build();
    }

    Articles p(int words) {
        return block(BlockKind.PARAGRAPH, 0, "p", words, 0, 0);
    }

    Articles heading(int level, int words) {
        return block(BlockKind.HEADING, level, "h" + level, words, 0, 0);
    }

    /** A figure without a declared size. */
    Articles figure() {
        return block(BlockKind.FIGURE, 0, "figure", 0, 0, 0);
    }

    Articles figure(int width, int height) {
        return block(BlockKind.FIGURE, 0, "figure", 0, width, height);
    }

    Articles embed() {
        return block(BlockKind.EMBED, 0, "iframe", 0, 0, 0);
    }

    Articles list(int words) {
        return block(BlockKind.LIST, 0, "ul", words, 0, 0);
    }

    Articles table(int words) {
        return block(BlockKind.TABLE, 0, "table", words, 0, 0);
    }

    Articles blockquote(int words) {
        return block(BlockKind.BLOCKQUOTE, 0, "blockquote", words, 0, 0);
    }

    Articles pre(int words) {
        return block(BlockKind.PRE, 0, "pre", words, 0, 0);
    }

    Articles hr() {
        return block(BlockKind.HR, 0, "hr", 0, 0, 0);
    }

    Articles text(int words) {
        return block(BlockKind.TEXT, 0, "#text", words, 0, 0);
    }

    Articles other(int words) {
        return block(BlockKind.OTHER, 0, "aside", words, 0, 0);
    }

    /** Any kind of block, with the tag used for paragraphs counted as {@code tag}. */
    Articles block(BlockKind kind, int level, String tag, int words, int mediaWidth, int mediaHeight) {
        return add(kind, level, tag, words, mediaWidth, mediaHeight, false);
    }

    /** Marks the last block added as (part of) a {@code data-adslot="off"} no-slot zone. */
    Articles inZone() {
        Block last = blocks.remove(blocks.size() - 1);
        blocks.add(new Block(last.kind(), last.level(), last.start(), last.end(), last.words(), last.textLength(),
                last.tag(), true, last.mediaWidth(), last.mediaHeight()));
        return this;
    }

    /** An {@code <!-- adslot:here -->} marker at the current boundary. */
    Articles here() {
        return marker("here");
    }

    /** An {@code <!-- adslot:here NAME -->} marker at the current boundary, pinning that placement. */
    Articles here(String placementId) {
        return marker("here " + placementId);
    }

    /** An {@code <!-- adslot:off -->} marker at the current boundary. */
    Articles off() {
        return marker("off");
    }

    ScannedArticle build() {
        return new ScannedArticle(source.toString(), blocks, markers);
    }

    private Articles marker(String name) {
        int start = source.length();
        source.append("<!-- adslot:").append(name).append(" -->\n");
        markers.add(new Marker(name, start, start + name.length() + 16, blocks.size(), true));
        return this;
    }

    private Articles add(BlockKind kind, int level, String tag, int words, int mediaWidth, int mediaHeight, boolean zone) {
        String element = tag.equals("#text") ? "span" : tag;
        int start = source.length();
        if (!tag.equals("#text")) {
            source.append('<').append(element).append('>');
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append("word");
        }
        source.append(text);
        if (!tag.equals("#text")) {
            source.append("</").append(element).append('>');
        }
        int end = source.length();
        source.append('\n');
        blocks.add(new Block(kind, level, start, end, words, text.length(), tag, zone, mediaWidth, mediaHeight));
        return this;
    }
}
