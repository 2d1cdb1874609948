package io.adslot.article;

/**
 * The rules of "in head" (13.2.6.4.4) that the body reaches: the elements the in-body rules hand over
 * ({@code script}, {@code style}, {@code template}, {@code link}...).
 */
final class InHead {

    private InHead() {
    }

    static void process(TreeBuilder b) {
        Token t = b.token;
        if (t.kind == Token.Kind.END_TAG) {
            if (t.name().equals("template")) {
                endTemplate(b);
            }
            return;
        }
        if (t.kind != Token.Kind.START_TAG) {
            return;
        }
        switch (t.name()) {
            case "base", "basefont", "bgsound", "link", "meta" -> b.insertVoid();
            case "title", "noframes", "style", "script" -> b.insertRawText();
            case "template" -> {
                b.insert();
                b.formatting.pushMarker();
                b.mode = InsertionMode.IN_TEMPLATE;
                b.pushTemplateMode(InsertionMode.IN_TEMPLATE);
            }
            default -> {
            }
        }
    }

    private static void endTemplate(TreeBuilder b) {
        if (!b.stack.contains("template")) {
            return;
        }
        b.generateAllImpliedEndTagsThoroughly();
        b.popUntil("template");
        b.formatting.clearToLastMarker();
        b.popTemplateMode();
        b.resetInsertionMode();
    }
}
