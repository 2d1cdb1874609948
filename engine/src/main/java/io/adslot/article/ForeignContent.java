package io.adslot.article;

/**
 * The HTML spec's rules for SVG and MathML ("foreign content"), as far as block extents need them.
 *
 * <p>Inside {@code <svg>} or {@code <math>} most tags are foreign elements: a {@code <script>},
 * {@code <style>}, {@code <title>} or {@code <textarea>} there holds markup, not raw text; {@code />}
 * closes the element; {@code <![CDATA[...]]>} is a CDATA section, not a bogus comment; an end tag closes
 * the nearest open foreign element of its name. HTML rules resume at the spec's integration points
 * (SVG {@code foreignObject}, {@code desc}, {@code title}; MathML {@code mi}, {@code mo}, {@code mn},
 * {@code ms}, {@code mtext}; {@code annotation-xml} with an HTML encoding), and for the "breakout" start
 * tags ({@code <p>}, {@code <div>}, {@code <b>}...), which a browser reads as HTML after popping the
 * foreign elements.
 *
 * <p>The scanner keeps foreign elements on its element stacks under a name no HTML tag can have:
 * the namespace, a space and the local name ({@code "svg circle"}, {@code "math mi"}), so that none of
 * its HTML rules (special elements, scope boundaries, raw text) apply to them. The roots stay
 * {@code "svg"} and {@code "math"}, as they are opened from HTML. After a breakout the scanner keeps
 * the root open around the HTML that follows, as jsoup does (a browser pops it): the block only grows,
 * so no slot lands inside either reading.
 */
final class ForeignContent {

    private static final String SVG_PREFIX = "svg ";
    private static final String MATH_PREFIX = "math ";
    /** The name an {@code annotation-xml} with an HTML encoding gets on a stack: an HTML integration point. */
    static final String HTML_ANNOTATION = "math annotation-xml+html";

    private ForeignContent() {
    }

    /** True when {@code stackName}, a name on one of the scanner's element stacks, is an SVG or MathML element. */
    static boolean isForeign(String stackName) {
        char first = stackName.isEmpty() ? 0 : stackName.charAt(0);
        if (first != 's' && first != 'm') {
            return false; // every foreign name starts with "svg" or "math": most HTML names end here
        }
        return stackName.equals("svg") || stackName.equals("math")
                || stackName.startsWith(SVG_PREFIX) || stackName.startsWith(MATH_PREFIX);
    }

    /**
     * The stack name of the foreign element that the start tag {@code tagName} opens when the current
     * node is the foreign element {@code current}, or null when HTML rules read the tag: at an
     * integration point, or for a breakout tag ({@code fontBreaksOut}: a {@code font} start tag with a
     * {@code color}, {@code face} or {@code size} attribute).
     */
    static String foreignElement(String current, String tagName, boolean fontBreaksOut) {
        if (isHtmlIntegrationPoint(current)) {
            return null;
        }
        if (isMathTextIntegrationPoint(current) && !tagName.equals("mglyph") && !tagName.equals("malignmark")) {
            return null;
        }
        if (current.equals("math annotation-xml") && tagName.equals("svg")) {
            return null;
        }
        if (isBreakout(current, tagName, fontBreaksOut)) {
            return null;
        }
        boolean math = current.equals("math") || current.startsWith(MATH_PREFIX);
        return (math ? MATH_PREFIX : SVG_PREFIX) + tagName;
    }

    /**
     * True when the start tag {@code tagName} breaks out of foreign content at the foreign element
     * {@code current}: a browser pops the foreign elements and reads the tag as HTML. jsoup nests it in
     * them instead, so from here on the two disagree about what follows (the {@code JSOUP} {@link Reading}).
     */
    static boolean isBreakout(String current, String tagName, boolean fontBreaksOut) {
        return (breaksOut(tagName) || (tagName.equals("font") && fontBreaksOut))
                && !isHtmlIntegrationPoint(current) && !isMathTextIntegrationPoint(current);
    }

    /** The stack name for {@code annotation-xml}, which is an HTML integration point only with an HTML encoding. */
    static String annotationXml(boolean htmlEncoding) {
        return htmlEncoding ? HTML_ANNOTATION : "math annotation-xml";
    }

    /**
     * True when the element is one of the spec's integration points, which also bound "has an element
     * in scope": a {@code <p>} inside {@code <svg><foreignObject>} closes no paragraph outside the SVG.
     */
    static boolean isIntegrationPoint(String stackName) {
        return isHtmlIntegrationPoint(stackName) || isMathTextIntegrationPoint(stackName)
                || stackName.equals("math annotation-xml");
    }

    /**
     * {@code names} and the stack names of the integration points, which the spec lists among the
     * elements that end a "has an element in scope" search: inside {@code <svg><title>} a
     * {@code </figure>} does not reach the figure around the SVG.
     */
    static java.util.Set<String> withIntegrationPoints(String... names) {
        java.util.Set<String> all = new java.util.HashSet<>(java.util.List.of(names));
        all.addAll(INTEGRATION_POINTS);
        return java.util.Set.copyOf(all);
    }

    /** The stack names of the integration points. */
    static final java.util.List<String> INTEGRATION_POINTS = java.util.List.of(
            "svg foreignobject", "svg desc", "svg title", "math mi", "math mo", "math mn", "math ms", "math mtext",
            "math annotation-xml", HTML_ANNOTATION);

    private static boolean isHtmlIntegrationPoint(String name) {
        return switch (name) {
            case "svg foreignobject", "svg desc", "svg title", HTML_ANNOTATION -> true;
            default -> false;
        };
    }

    private static boolean isMathTextIntegrationPoint(String name) {
        return switch (name) {
            case "math mi", "math mo", "math mn", "math ms", "math mtext" -> true;
            default -> false;
        };
    }

    /** Start tags that end foreign content (the spec's list; {@code font} depends on its attributes). */
    static boolean breaksOut(String tagName) {
        return switch (tagName) {
            case "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
                 "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
                 "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
                 "ul", "var" -> true;
            default -> false;
        };
    }

    /**
     * True when raw text that jsoup and a browser read differently holds markup: jsoup reads an SVG
     * {@code <script>} as raw text up to {@code </script>}, a browser as markup (tags, comments). Only
     * when its text from {@code from} to {@code to} holds no {@code <} that starts a tag, an end tag, a
     * comment or a declaration do both readings agree.
     */
    static boolean holdsMarkup(String src, int from, int to) {
        int i = src.indexOf('<', from);
        while (i >= 0 && i + 1 < to) {
            char c = src.charAt(i + 1);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?') {
                return true;
            }
            i = src.indexOf('<', i + 1);
        }
        return false;
    }
}
