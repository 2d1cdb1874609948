package io.adslot.article;

/**
 * 13.2.6.5 The rules for parsing tokens in foreign content (SVG, MathML): start tags open foreign elements
 * ({@code />} closes them), the breakout tags pop back to HTML, an end tag closes the nearest foreign
 * element of its name or goes to the HTML insertion mode. Text reopens no formatting element here.
 * jsoup's reading ({@link Reading#JSOUP}) differs: a breakout tag opens an HTML element inside the SVG,
 * and a script there is raw text.
 */
final class ForeignRules {

    private ForeignRules() {
    }

    static void process(TreeBuilder b) {
        Token t = b.token;
        switch (t.kind) {
            case START_TAG -> {
                String name = t.name();
                if (ForeignContent.breaksOut(name) || (name.equals("font") && t.colorFaceOrSize)) {
                    if (b.reading.foreignBreakout) {
                        breakOut(b);
                    } else {
                        b.mode.process(b); // jsoup: an HTML element inside the SVG, which stays open around it
                    }
                    return;
                }
                String current = b.stack.current().name;
                String stackName = ForeignContent.foreignElement(current, name, t.colorFaceOrSize && b.reading.foreignBreakout);
                if (stackName == null) {
                    boolean math = current.equals("math") || current.startsWith("math ");
                    stackName = (math ? "math " : "svg ") + name;
                }
                if (stackName.equals("math annotation-xml")) {
                    stackName = ForeignContent.annotationXml(t.htmlEncoding);
                }
                b.insertForeign(stackName);
                if (!b.reading.foreignBreakout && name.equals("script")) {
                    // jsoup reads an SVG or MathML script as raw text, even self-closed
                    b.rawTextRequest = t.info;
                    b.rawTextDisputed = true; // where it ends, when it holds markup, is not modelled
                    b.originalMode = b.mode;
                    b.mode = InsertionMode.TEXT;
                } else if (t.selfClosing) {
                    b.pop();
                }
            }
            case END_TAG -> {
                String name = t.name();
                if (b.reading.foreignBreakout && !b.reading.leavesForeignContentAtStrayParagraphOrBreak()
                        && (name.equals("br") || name.equals("p"))) {
                    breakOut(b);
                    return;
                } // Gecko: no breakout first; in body, </p> tests button scope with the SVG or MathML still open
                int match = Math.max(b.stack.topIndexOf("svg " + name), b.stack.topIndexOf("math " + name));
                if (name.equals("svg") || name.equals("math")) {
                    match = Math.max(match, b.stack.topIndexOf(name));
                } else if (name.equals("annotation-xml")) {
                    match = Math.max(match, b.stack.topIndexOf("math annotation-xml+html"));
                }
                if (match > 0 && match > b.stack.topHtmlElement()) {
                    b.popUntil(b.stack.get(match));
                    return;
                }
                b.mode.process(b); // the walk reached an HTML element
            }
            default -> {
            }
        }
    }

    /** Pops back to HTML content or an integration point, then reprocesses the token there. */
    private static void breakOut(TreeBuilder b) {
        while (b.stack.size() > 1 && !b.stack.current().isHtml() && !isIntegrationPoint(b.stack.current().name)) {
            b.pop();
        }
        b.mode.process(b);
    }

    private static boolean isIntegrationPoint(String name) {
        return switch (name) {
            case "svg foreignobject", "svg desc", "svg title", "math annotation-xml+html",
                 "math mi", "math mo", "math mn", "math ms", "math mtext" -> true;
            default -> false;
        };
    }
}
