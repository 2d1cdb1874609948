package io.adslot.article;

import static io.adslot.article.OpenElements.Scope.SELECT;
import static io.adslot.article.OpenElements.Scope.TABLE;

/**
 * The insertion modes an article body can reach (13.2.6.4), one constant each, handling the current token
 * of a {@link TreeBuilder} as the Standard's section for that mode says, in its order. The body of "in
 * body" is long enough to live in {@link InBody}; the shared algorithms are the builder's. jsoup's
 * {@code HtmlTreeBuilderState} is the model. Comments and DOCTYPEs insert nothing the scan cares about.
 */
enum InsertionMode {

    // 13.2.6.4.7 in body
    IN_BODY {
        @Override
        void process(TreeBuilder b) {
            InBody.process(b);
        }
    },

    // 13.2.6.4.8 text: the raw text of a script, style, textarea... and its end tag
    TEXT {
        @Override
        void process(TreeBuilder b) {
            switch (b.token.kind) {
                case END_TAG, END_OF_INPUT -> {
                    b.pop();
                    b.mode = b.originalMode;
                    if (b.token.kind == Token.Kind.END_OF_INPUT) {
                        b.dispatch();
                    }
                }
                default -> {
                }
            }
        }
    },

    // 13.2.6.4.9 in table
    IN_TABLE {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            switch (t.kind) {
                case TEXT, RAW_TEXT -> {
                    // 13.2.6.4.10 in table text: whitespace stays in the table, other text is foster-parented by the in-body rules
                    TreeElement current = b.stack.current();
                    boolean tableContext = current.isHtml() && (current.is("table") || current.is("tbody")
                            || current.is("tfoot") || current.is("thead") || current.is("tr") || current.is("template"));
                    if (!tableContext || !t.isWhitespace(b.src)) {
                        InBody.process(b);
                    }
                }
                case START_TAG -> tableStartTag(b, t);
                case END_TAG -> {
                    switch (t.name()) {
                        case "table" -> {
                            if (b.inScope("table", TABLE)) {
                                b.popUntil("table");
                                b.resetInsertionMode();
                            }
                        }
                        case "body", "caption", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead", "tr" -> {
                        }
                        case "template" -> InHead.process(b);
                        default -> InBody.process(b); // with foster parenting, which changes no stack
                    }
                }
                case END_OF_INPUT -> InBody.process(b);
                default -> {
                }
            }
        }

        private void tableStartTag(TreeBuilder b, Token t) {
            switch (t.name()) {
                case "caption" -> {
                    b.clearStackBackTo("table", "table", "table");
                    b.formatting.pushMarker();
                    b.insert();
                    b.mode = IN_CAPTION;
                }
                case "colgroup" -> {
                    b.clearStackBackTo("table", "table", "table");
                    b.insert();
                    b.mode = IN_COLUMN_GROUP;
                }
                case "col" -> {
                    b.clearStackBackTo("table", "table", "table");
                    b.insertImplied("colgroup");
                    b.reprocessIn(IN_COLUMN_GROUP);
                }
                case "tbody", "tfoot", "thead" -> {
                    b.clearStackBackTo("table", "table", "table");
                    b.insert();
                    b.mode = IN_TABLE_BODY;
                }
                case "td", "th", "tr" -> {
                    b.clearStackBackTo("table", "table", "table");
                    b.insertImplied("tbody");
                    b.reprocessIn(IN_TABLE_BODY);
                }
                case "table" -> {
                    if (b.inScope("table", TABLE)) {
                        b.popUntil("table");
                        b.resetInsertionMode();
                        b.dispatch();
                    }
                }
                case "style", "script", "template" -> InHead.process(b);
                case "form" -> {
                    if (b.form == null && !b.stack.contains("template")) {
                        b.form = b.insert();
                        b.pop();
                    }
                }
                default -> InBody.process(b); // foster-parented: the same stack
            }
        }
    },

    // 13.2.6.4.11 in caption
    IN_CAPTION {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            String name = t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG ? t.name() : "";
            boolean endCaption = t.isEndTag("caption");
            boolean closesCaption = t.isEndTag("table") || (t.kind == Token.Kind.START_TAG && isTablePart(name));
            if (endCaption || closesCaption) {
                if (!b.inScope("caption", TABLE)) {
                    return;
                }
                b.generateImpliedEndTags(null);
                b.popUntil("caption");
                b.formatting.clearToLastMarker();
                b.mode = IN_TABLE;
                if (closesCaption) {
                    b.dispatch();
                }
            } else if (t.kind == Token.Kind.END_TAG && (isTablePart(name) || name.equals("body") || name.equals("html"))) {
                return; // ignored
            } else {
                InBody.process(b);
            }
        }
    },

    // 13.2.6.4.12 in column group
    IN_COLUMN_GROUP {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            if ((t.kind == Token.Kind.TEXT && t.isWhitespace(b.src)) || t.kind == Token.Kind.COMMENT) {
                return;
            }
            if (t.isStartTag("col")) {
                b.insertVoid();
                return;
            }
            if (t.isEndTag("colgroup")) {
                if (b.currentIs("colgroup")) {
                    b.pop();
                    b.mode = IN_TABLE;
                }
                return;
            }
            if (t.isEndTag("col")) {
                return;
            }
            if (t.isStartTag("template") || t.isEndTag("template")) {
                InHead.process(b);
                return;
            }
            if (t.kind == Token.Kind.END_OF_INPUT) {
                InBody.process(b);
                return;
            }
            if (b.currentIs("colgroup")) {
                b.pop();
                b.reprocessIn(IN_TABLE);
            }
        }
    },

    // 13.2.6.4.13 in table body
    IN_TABLE_BODY {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            if (t.isStartTag("tr")) {
                b.clearStackBackTo("tbody", "tfoot", "thead");
                b.insert();
                b.mode = IN_ROW;
            } else if (t.isStartTag("th") || t.isStartTag("td")) {
                b.clearStackBackTo("tbody", "tfoot", "thead");
                b.insertImplied("tr");
                b.reprocessIn(IN_ROW);
            } else if (t.kind == Token.Kind.END_TAG && isRowGroup(t.name())) {
                if (b.reading.closesRowGroupAcrossTables()) {
                    int at = b.stack.topIndexOf(t.name()); // Gecko: the nearest one, in scope or not
                    if (at > 0 && b.stack.size() - at <= TreeBuilder.WALK) {
                        while (b.stack.size() - 1 > at) {
                            b.pop();
                        }
                        b.pop();
                        b.mode = IN_TABLE;
                    } else if (at > 0) {
                        b.lost = true;
                    }
                } else if (b.inScope(t.name(), TABLE)) {
                    b.clearStackBackTo("tbody", "tfoot", "thead");
                    b.pop();
                    b.mode = IN_TABLE;
                }
            } else if ((t.kind == Token.Kind.START_TAG && (t.name().equals("caption") || t.name().equals("col")
                    || t.name().equals("colgroup") || isRowGroup(t.name()))) || t.isEndTag("table")) {
                if (b.inScope("tbody", TABLE) || b.inScope("thead", TABLE) || b.inScope("tfoot", TABLE)) {
                    b.clearStackBackTo("tbody", "tfoot", "thead");
                    b.pop();
                    b.reprocessIn(IN_TABLE);
                }
            } else if (t.kind == Token.Kind.END_TAG && (t.name().equals("body") || t.name().equals("caption")
                    || t.name().equals("col") || t.name().equals("colgroup") || t.name().equals("html")
                    || t.name().equals("td") || t.name().equals("th") || t.name().equals("tr"))) {
                return; // ignored
            } else {
                IN_TABLE.process(b);
            }
        }
    },

    // 13.2.6.4.14 in row
    IN_ROW {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            if (t.isStartTag("th") || t.isStartTag("td")) {
                b.clearStackBackTo("tr", "tr", "tr");
                b.insert();
                b.mode = IN_CELL;
                b.formatting.pushMarker();
            } else if (t.isEndTag("tr")) {
                if (b.inScope("tr", TABLE)) {
                    b.clearStackBackTo("tr", "tr", "tr");
                    b.pop();
                    b.mode = IN_TABLE_BODY;
                }
            } else if ((t.kind == Token.Kind.START_TAG && (isTablePart(t.name()) && !t.name().equals("td") && !t.name().equals("th")))
                    || t.isEndTag("table")) {
                if (b.inScope("tr", TABLE)) {
                    b.clearStackBackTo("tr", "tr", "tr");
                    b.pop();
                    b.reprocessIn(IN_TABLE_BODY);
                }
            } else if (t.kind == Token.Kind.END_TAG && isRowGroup(t.name())) {
                if (b.inScope(t.name(), TABLE) && b.inScope("tr", TABLE)) {
                    b.clearStackBackTo("tr", "tr", "tr");
                    b.pop();
                    b.reprocessIn(IN_TABLE_BODY);
                }
            } else if (t.kind == Token.Kind.END_TAG && (t.name().equals("body") || t.name().equals("caption")
                    || t.name().equals("col") || t.name().equals("colgroup") || t.name().equals("html")
                    || t.name().equals("td") || t.name().equals("th"))) {
                return; // ignored
            } else {
                IN_TABLE.process(b);
            }
        }
    },

    // 13.2.6.4.15 in cell
    IN_CELL {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            if (t.isEndTag("td") || t.isEndTag("th")) {
                if (b.inScope(t.name(), TABLE)) {
                    b.generateImpliedEndTags(null);
                    b.popUntil(t.name());
                    b.formatting.clearToLastMarker();
                    b.mode = IN_ROW;
                } else if (b.reading.leavesCellModeAtStrayCellEnd()) {
                    b.mode = IN_ROW; // jsoup: the cell stays open, the mode moves on
                }
            } else if (t.kind == Token.Kind.START_TAG && isTablePart(t.name())) {
                if (b.inScope("td", TABLE) || b.inScope("th", TABLE)) {
                    closeCell(b);
                    b.dispatch();
                }
            } else if (t.kind == Token.Kind.END_TAG && (t.name().equals("body") || t.name().equals("caption")
                    || t.name().equals("col") || t.name().equals("colgroup") || t.name().equals("html"))) {
                return; // ignored
            } else if (t.kind == Token.Kind.END_TAG && (t.name().equals("table") || isRowGroup(t.name()) || t.name().equals("tr"))) {
                if (b.inScope(t.name(), TABLE)) {
                    closeCell(b);
                    b.dispatch();
                }
            } else {
                InBody.process(b);
            }
        }

        private void closeCell(TreeBuilder b) {
            b.generateImpliedEndTags(null);
            while (b.stack.size() > 1) {
                TreeElement popped = b.pop();
                if (popped.isHtml() && (popped.is("td") || popped.is("th"))) {
                    break;
                }
            }
            b.formatting.clearToLastMarker();
            b.mode = IN_ROW;
        }
    },

    // 13.2.6.4.16 in select
    IN_SELECT {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            switch (t.kind) {
                case TEXT, RAW_TEXT, COMMENT -> {
                }
                case START_TAG -> {
                    switch (t.name()) {
                        case "html" -> InBody.process(b);
                        case "option" -> {
                            if (b.currentIs("option")) {
                                b.pop();
                            }
                            b.insert();
                        }
                        case "optgroup" -> {
                            if (b.currentIs("option")) {
                                b.pop();
                            }
                            if (b.currentIs("optgroup")) {
                                b.pop();
                            }
                            b.insert();
                        }
                        case "hr" -> {
                            if (b.currentIs("option")) {
                                b.pop();
                            }
                            if (b.currentIs("optgroup")) {
                                b.pop();
                            }
                            b.insertVoid();
                        }
                        case "select" -> {
                            if (b.inScope("select", SELECT)) {
                                b.popUntil("select");
                                b.resetInsertionMode();
                            }
                        }
                        case "input", "keygen", "textarea" -> {
                            if (b.inScope("select", SELECT)) {
                                boolean foreignIgnored = b.foreignIgnoredInSelect;
                                b.popUntil("select");
                                b.resetInsertionMode();
                                b.dispatch();
                                b.rawTextDisputed |= foreignIgnored && b.rawTextRequest != null;
                            }
                        }
                        case "script", "template" -> {
                            InHead.process(b);
                            b.rawTextDisputed |= b.foreignIgnoredInSelect && b.rawTextRequest != null;
                        }
                        case "svg", "math" -> b.foreignIgnoredInSelect = true;
                        case "iframe", "xmp", "noembed", "noframes", "style", "plaintext", "title", "noscript" -> {
                            // ignored here, but the customizable <select> of newer browsers parses its content
                            // as in body, where this element holds raw text: disputed when that holds markup
                            b.rawTextRequest = t.info;
                            b.rawTextDisputed = true;
                        }
                        default -> {
                        }
                    }
                }
                case END_TAG -> {
                    switch (t.name()) {
                        case "optgroup" -> {
                            int size = b.stack.size();
                            if (b.currentIs("option") && size > 2 && b.stack.get(size - 2).is("optgroup")) {
                                b.pop();
                            }
                            if (b.currentIs("optgroup")) {
                                b.pop();
                            }
                        }
                        case "option" -> {
                            if (b.currentIs("option")) {
                                b.pop();
                            }
                        }
                        case "select" -> {
                            if (b.inScope("select", SELECT)) {
                                b.popUntil("select");
                                b.resetInsertionMode();
                            }
                        }
                        case "template" -> InHead.process(b);
                        default -> {
                        }
                    }
                }
                case END_OF_INPUT -> InBody.process(b);
            }
        }
    },

    // 13.2.6.4.17 in select in table
    IN_SELECT_IN_TABLE {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            boolean tableTag = (t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG)
                    && (t.name().equals("table") || (isTablePart(t.name()) && !t.name().equals("col") && !t.name().equals("colgroup")));
            if (tableTag && t.kind == Token.Kind.START_TAG) {
                b.popUntil("select");
                b.resetInsertionMode();
                b.dispatch();
            } else if (tableTag) {
                if (b.inScope(t.name(), TABLE)) {
                    b.popUntil("select");
                    b.resetInsertionMode();
                    b.dispatch();
                }
            } else {
                IN_SELECT.process(b);
            }
        }
    },

    // 13.2.6.4.18 in template
    IN_TEMPLATE {
        @Override
        void process(TreeBuilder b) {
            Token t = b.token;
            switch (t.kind) {
                case TEXT, RAW_TEXT, COMMENT -> InBody.process(b);
                case START_TAG -> {
                    switch (t.name()) {
                        case "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title" ->
                                InHead.process(b);
                        case "caption", "colgroup", "tbody", "tfoot", "thead" -> switchTemplateMode(b, IN_TABLE);
                        case "col" -> switchTemplateMode(b, IN_COLUMN_GROUP);
                        case "tr" -> switchTemplateMode(b, IN_TABLE_BODY);
                        case "td", "th" -> switchTemplateMode(b, IN_ROW);
                        default -> switchTemplateMode(b, IN_BODY);
                    }
                }
                case END_TAG -> {
                    if (t.name().equals("template")) {
                        InHead.process(b);
                    }
                }
                case END_OF_INPUT -> {
                    if (!b.stack.contains("template")) {
                        return;
                    }
                    b.popUntil("template");
                    b.formatting.clearToLastMarker();
                    b.popTemplateMode();
                    b.resetInsertionMode();
                    b.reprocessEnd = true; // reprocessed by TreeBuilder.process, not here: nested templates would recurse
                }
            }
        }

        private void switchTemplateMode(TreeBuilder b, InsertionMode next) {
            b.replaceTemplateMode(next);
            b.reprocessIn(next);
        }
    },

    // 13.2.6.5 the rules for parsing tokens in foreign content
    FOREIGN_CONTENT {
        @Override
        void process(TreeBuilder b) {
            ForeignRules.process(b);
        }
    };

    /** Handles the builder's current token. */
    abstract void process(TreeBuilder b);

    /** caption, col, colgroup, tbody, td, tfoot, th, thead, tr. */
    static boolean isTablePart(String name) {
        return switch (name) {
            case "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr" -> true;
            default -> false;
        };
    }

    static boolean isRowGroup(String name) {
        return name.equals("tbody") || name.equals("tfoot") || name.equals("thead");
    }
}
