package io.adslot.reliability;

import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.impl.Tokenizer;
import nu.validator.htmlparser.impl.UTF16Buffer;
import org.xml.sax.SAXException;

/**
 * A reading of an article body by the HTML Standard's tree builder, as {@code nu.validator:htmlparser}
 * (the Java original that Gecko's parser is translated from) implements it, with scripting on (every
 * browser that shows ads: {@code noscript} holds raw text) or off (crawlers, reader modes: {@code noscript}
 * holds markup). A slot must be legal in both.
 *
 * <p>The body is parsed as a browser parses it in a page: as a document whose {@code body} it stands in
 * ({@link #PAGE}), not by the fragment algorithm. That algorithm differs from a page exactly where tag soup
 * lives, and this release still has a fragment rule the Standard has since dropped (a {@code <p>} in SVG
 * stays SVG instead of breaking out). The page's second {@code <body>} tag turns "frameset-ok" off, as the
 * content of a real page before the article does, so that a {@code <frameset>} in the article is ignored.
 *
 * <p>The input is handed to the tokenizer as one buffer, as Gecko's string parser does: the library's
 * stream driver reads in chunks, and a named character reference cut by a chunk boundary loses a
 * character ({@code &utm_campaign} in an attribute came out as {@code &utmcampaign}), so that two parses
 * of the same markup at different offsets differed.
 *
 * <p>Known gap of the 2020 release against today's Standard: {@code <search>} is an ordinary element for it
 * (it neither closes a {@code p} nor is special).
 */
enum SpecReading {
    SCRIPTING_ON(true),
    SCRIPTING_OFF(false);

    static {
        // The tokenizer asserts that a buffer is empty before it empties it anyway; a real page in the
        // corpus (a char reference in an attribute) trips that check, with -ea on as in tests. Off for the
        // library only, before any of its classes is initialised.
        SpecReading.class.getClassLoader().setPackageAssertionStatus("nu.validator.htmlparser", false);
    }

    /** What stands before the article: a page in no-quirks mode, in its body, with frameset-ok off. */
    static final String PAGE = "<!DOCTYPE html><html><head></head><body><body>";

    /** The data of the comment that follows the article ({@link #AFTER}); the comparison leaves it out. */
    static final String AFTER_DATA = "judge: end of the article";

    /**
     * What stands after the article: a comment, so that the input never ends inside a character reference,
     * where this release's tokenizer repeats the previous one ({@code &#x3C;&#} came out as two {@code <}).
     * Where it lands (in a paragraph the input leaves open, after the slot that closed it) says nothing
     * about the article.
     */
    static final String AFTER = "<!--" + AFTER_DATA + "-->";

    /**
     * {@code </body} and {@code </html}, whose only effect in a page is to send later comments outside the
     * body (the slot marks too); the last letter is replaced ({@code </bodx}), making an end tag every
     * insertion mode ignores, as the body's end tag is ignored in the same places or changes no element.
     */
    private static final java.util.regex.Pattern BODY_OR_HTML_END_TAG =
            java.util.regex.Pattern.compile("(?i)</(bod(?=y)|htm(?=l)).(?=[\\s/>]|$)");

    /**
     * A {@code <!--} nested in a comment: this release's tokenizer drops the character after it and, when the
     * next one is {@code >}, ends the comment there ({@code <!--<!--x>y-->} comes out as a comment and the text
     * {@code y-->}), where the Standard, jsoup and browsers read both as comment data and go on to the
     * {@code -->}. Inside a comment (found by the tokenizer judge, {@link MarkupTokenizer}) that {@code >} is
     * replaced by another character, which changes no element of the tree; elsewhere (a bogus comment, an
     * attribute value) a {@code >} may end something, and stays.
     */
    private static final String NESTED_COMMENT = "<!--";

    private final boolean scripting;

    SpecReading(boolean scripting) {
        this.scripting = scripting;
    }

    /** The tree of a page with {@code html} as its body (see {@link #body}). */
    SpecNode parse(String html) {
        SpecTreeBuilder tree = new SpecTreeBuilder();
        tree.setScriptingEnabled(scripting);
        tree.setIgnoringComments(false);
        // names as a browser keeps them: no rewriting into XML names (which also throws on a lone surrogate)
        tree.setNamePolicy(XmlViolationPolicy.ALLOW);
        Tokenizer tokenizer = new Tokenizer(tree, false);
        tokenizer.setNamePolicy(XmlViolationPolicy.ALLOW);
        char[] chars = (PAGE + BODY_OR_HTML_END_TAG.matcher(withoutNestedCommentClose(html)).replaceAll("</$1x") + AFTER).toCharArray();
        try {
            tokenizer.start();
            UTF16Buffer buffer = new UTF16Buffer(chars, 0, chars.length);
            boolean lastWasCr = false;
            while (buffer.hasMore()) {
                buffer.adjust(lastWasCr);
                lastWasCr = false;
                if (buffer.hasMore()) {
                    lastWasCr = tokenizer.tokenizeBuffer(buffer);
                }
            }
            tokenizer.eof();
            tokenizer.end();
        } catch (SAXException e) {
            throw new IllegalStateException("the spec parser rejected its input", e);
        }
        return tree.document();
    }

    /** {@code html} with the {@code >} that ends a comment early in this release replaced ({@link #NESTED_COMMENT}). */
    private static String withoutNestedCommentClose(String html) {
        int at = html.indexOf(NESTED_COMMENT, 1);
        if (at < 0) {
            return html;
        }
        List<MarkupTokenizer.Span> comments = MarkupTokenizer.spans(html).stream()
                .filter(span -> span.what().equals("comment") || span.what().equals("unterminated comment")).toList();
        char[] chars = html.toCharArray();
        for (; at >= 0; at = html.indexOf(NESTED_COMMENT, at + 1)) {
            int nested = at;
            int close = at + NESTED_COMMENT.length() + 1;
            if (close < chars.length && chars[close] == '>'
                    && comments.stream().anyMatch(span -> span.start() < nested && close < span.end() - 1)) {
                chars[close] = '_';
            }
        }
        return new String(chars);
    }

    /** The page's body: the content root, where the article's top-level nodes stand. */
    static SpecNode body(SpecNode page) {
        for (SpecNode html : page.children) {
            if (html.isHtml("html")) {
                for (SpecNode child : html.children) {
                    if (child.isHtml("body")) {
                        return child;
                    }
                }
            }
        }
        throw new IllegalStateException("a page without a body");
    }

    @Override
    public String toString() {
        return scripting ? "scripting on" : "scripting off";
    }
}
