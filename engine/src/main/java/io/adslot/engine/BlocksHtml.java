package io.adslot.engine;

import java.util.List;

/**
 * Writes structured blocks as the canonical HTML the engine scans: one top-level element per block,
 * separated by a newline, every text escaped. Canonical means the same blocks always give the same
 * string, so a cache keyed on its content hash is shared by every request for the same blocks.
 */
final class BlocksHtml {

    private BlocksHtml() {
    }

    static String of(List<ContentBlock> blocks) {
        StringBuilder out = new StringBuilder(64 * blocks.size() + 16);
        for (ContentBlock block : blocks) {
            if (block == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            write(block, out);
        }
        return out.toString();
    }

    private static void write(ContentBlock block, StringBuilder out) {
        if (block instanceof ContentBlock.Paragraph p) {
            out.append("<p>");
            escape(p.text(), out);
            out.append("</p>");
        } else if (block instanceof ContentBlock.Heading h) {
            out.append("<h").append(h.level()).append('>');
            escape(h.text(), out);
            out.append("</h").append(h.level()).append('>');
        } else if (block instanceof ContentBlock.Image i) {
            out.append("<figure><img src=\"");
            escape(i.src(), out);
            out.append("\" alt=\"");
            escape(i.alt(), out);
            out.append("\">");
            if (!i.caption().isEmpty()) {
                out.append("<figcaption>");
                escape(i.caption(), out);
                out.append("</figcaption>");
            }
            out.append("</figure>");
        } else if (block instanceof ContentBlock.Embed e) {
            out.append("<iframe src=\"");
            escape(e.url(), out);
            out.append('"');
            if (!e.title().isEmpty()) {
                out.append(" title=\"");
                escape(e.title(), out);
                out.append('"');
            }
            out.append(" loading=\"lazy\"></iframe>");
        } else if (block instanceof ContentBlock.Quote q) {
            out.append("<blockquote><p>");
            escape(q.text(), out);
            out.append("</p></blockquote>");
        } else if (block instanceof ContentBlock.ListBlock l) {
            String tag = l.ordered() ? "ol" : "ul";
            out.append('<').append(tag).append('>');
            for (String item : l.items()) {
                out.append("<li>");
                escape(item, out);
                out.append("</li>");
            }
            out.append("</").append(tag).append('>');
        }
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
