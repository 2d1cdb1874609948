package io.adslot.article;

/**
 * A way to read the same token stream: a gap is usable only where every reading agrees it is. The
 * browser's reading with scripting on is the one blocks are derived from; the others only veto gaps.
 * A small declared profile: each reading differs from the browser's in the few points named here, and
 * {@link TreeScan} runs it only from the first token where that can matter until the two meet again.
 * (The raw text ends that jsoup reads differently are settled in the tokenizer: {@link HtmlTokenizer#readRawText}.)
 */
enum Reading {
    /** The Standard's reading with scripting on, as Blink and WebKit read: the browsers most ads are shown in. */
    BROWSER(true, true, true, true, true),
    /** Scripting off (crawlers, reader modes, feed readers): {@code <noscript>} holds markup. */
    SCRIPTING_OFF(false, true, true, true, true),
    /**
     * jsoup 1.22, which server-side pipelines read articles with: no breakout from SVG or MathML (a
     * {@code <p>} in an {@code <svg>} nests in it), an SVG or MathML {@code <script>} is raw text (even
     * self-closed), {@code <dialog>} and {@code <search>} close no {@code <p>}, and a start tag of a name
     * jsoup does not know ({@link JsoupTags}: custom elements, {@code picture}, {@code slot}, {@code dialog})
     * does not reopen the active formatting elements. Its reset of the insertion mode takes "in select" at a
     * select without looking for a table below it, so after {@code <table><select><template></template>} a
     * {@code </table>} is ignored in jsoup where the Standard closes the select and the table. A {@code </td>} or
     * {@code </th>} in a cell with no such cell in table scope switches it to "in row" with the cell still
     * open, where the Standard ignores the end tag. Its table scope is ended by {@code html} and {@code table}
     * only, not by {@code template}: after {@code <table><template><tr>} a {@code <table>} closes the outer table
     * (the template with it), where the Standard ignores it. Like Gecko (and the validator's parser Gecko's is
     * generated from), it counts {@code dialog} special, which the Standard and Blink do not: an end tag
     * never walks past an open dialog.
     */
    JSOUP(true, false, false, false, false),
    /**
     * Gecko (Firefox) and the validator's parser generated from the same source: the Standard's reading
     * but for five points. The validator's parser (1.4.16) does not know {@code <search>}: its start tag
     * closes no {@code <p>} and reopens the active formatting elements, its end tag is "any other end tag"
     * (it is still counted special here, which the validator does not: an approximation on the safe side,
     * since the browser's reading then keeps the slots out). It counts {@code dialog} special: an end tag
     * does not walk past an open dialog, the adoption agency takes a dialog for its furthest block, and an
     * {@code <li>} stops at one. Its
     * reset of the insertion mode stops at an SVG or MathML element, in body: after
     * {@code <td><svg><foreignObject><table></table>} a {@code </table>} or {@code </td>} no longer
     * closes the cell, and what follows stays in the foreignObject. And a {@code </br>}, or a {@code </p>}
     * with no paragraph in button scope, at an SVG or MathML current node (an integration point) pops
     * every SVG and MathML element: after {@code <svg><foreignObject></p>} what follows is in the body.
     * And in table body mode a {@code </tbody>}, {@code </thead>} or {@code </tfoot>} closes the nearest
     * element of its name even in an outer table ({@link #closesRowGroupAcrossTables}).
     */
    GECKO(true, true, true, false, false),
    /** Gecko with scripting off. */
    GECKO_SCRIPTING_OFF(false, true, true, false, false);

    final boolean scripting;
    /** The breakout start tags ({@code <p>}, {@code <div>}, {@code <b>}...) pop SVG and MathML elements. */
    final boolean foreignBreakout;
    /** {@code <dialog>} closes an open {@code <p>}, as the Standard says now. */
    final boolean dialogClosesParagraph;
    /**
     * The reading knows {@code search} (the Standard since 2023): its start tag closes an open {@code <p>}
     * and its end tag closes it as a block's does. The validator's parser and jsoup do not: to them it is a
     * name like any other.
     */
    final boolean knowsSearch;
    /** {@code dialog} is not special: "any other end tag" walks past it (the Standard, Blink). */
    final boolean dialogPlain;

    Reading(boolean scripting, boolean foreignBreakout, boolean dialogClosesParagraph, boolean knowsSearch,
            boolean dialogPlain) {
        this.scripting = scripting;
        this.foreignBreakout = foreignBreakout;
        this.dialogClosesParagraph = dialogClosesParagraph;
        this.knowsSearch = knowsSearch;
        this.dialogPlain = dialogPlain;
    }

    private static final Reading[] ALL = values();

    /**
     * Whether the start tag {@code name}, where the Standard closes an open {@code <p>}, closes it in this
     * reading too: all but {@code dialog} and {@code search} in the readings that do not know them.
     */
    boolean closesParagraphAt(String name) {
        return switch (name) {
            case "dialog" -> dialogClosesParagraph;
            case "search" -> knowsSearch;
            default -> true;
        };
    }

    /**
     * True when some reading lets an open {@code <p>} stay open at the start tag {@code name} where the
     * browser's closes it: a slot just before it would take what follows out of that reading's paragraph, so
     * no slot goes there.
     */
    static boolean someKeepParagraphOpenAt(String name) {
        for (Reading r : ALL) {
            if (!r.closesParagraphAt(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reset of the insertion mode ends in body at an SVG or MathML element above the mode's element. */
    boolean resetStopsAtForeign() {
        return this == GECKO || this == GECKO_SCRIPTING_OFF;
    }

    /** Whether a stray {@code </p>} or a {@code </br>} pops every SVG and MathML element ({@link TreeBuilder#leaveForeignContentAsGeckoDoes}). */
    boolean leavesForeignContentAtStrayParagraphOrBreak() {
        return this == GECKO || this == GECKO_SCRIPTING_OFF;
    }

    /**
     * Whether a {@code </tbody>}, {@code </thead>} or {@code </tfoot>} in table body mode closes the nearest
     * element of its name even where it is not in table scope, popping the tables between (Gecko: its
     * {@code findLastOrRoot}); the Standard ignores the end tag then.
     */
    boolean closesRowGroupAcrossTables() {
        return this == GECKO || this == GECKO_SCRIPTING_OFF;
    }

    /**
     * Whether the reset of the insertion mode takes "in select" at a select even with a table below it (jsoup:
     * its reset does not look past the select), where the Standard takes "in select in table".
     */
    boolean resetTakesSelectAlone() {
        return this == JSOUP;
    }

    /**
     * Whether a {@code </td>} or {@code </th>} in cell mode with no such element in table scope switches to "in
     * row", leaving the cell open (jsoup's {@code InCell}); the Standard ignores it.
     */
    boolean leavesCellModeAtStrayCellEnd() {
        return this == JSOUP;
    }

    /** Whether a {@code template} ends a search in table scope, as the Standard says (jsoup: it does not). */
    boolean tableScopeStopsAtTemplate() {
        return this != JSOUP;
    }

    /** Whether "any other start tag" {@code name} reopens the active formatting elements before it is inserted. */
    boolean reconstructsBeforeAnyOtherStartTag(String name) {
        return this != JSOUP || JsoupTags.knows(name);
    }

    /**
     * False when no reading can part from the browser's at the tag {@code t}: what every {@link #mayPartAt}
     * asks for (an open dialog, an SVG or MathML element, a stale formatting entry, a template ending table
     * scope, an end tag in table body mode, a cell's end tag in cell mode, a {@code </template>} or
     * {@code </search>}, or one of the tags that part readings by themselves) is absent. Most tags of most
     * articles end here.
     */
    static boolean anyMayPartAt(Token t, TreeBuilder browser) {
        OpenElements stack = browser.stack;
        if (stack.topDialog() > 0 || stack.topForeign() > 0 || browser.formatting.stale() > 0 || stack.templateBoundsTableScope()) {
            return true;
        }
        if (t.kind == Token.Kind.END_TAG && (browser.mode == InsertionMode.IN_TABLE_BODY || t.name().equals("template")
                || t.name().equals("search")
                || browser.mode == InsertionMode.IN_CELL && (t.name().equals("td") || t.name().equals("th")))) {
            return true;
        }
        if (t.kind != Token.Kind.START_TAG) {
            return false;
        }
        String name = t.name();
        return name.equals("noscript") || name.equals("dialog") || name.equals("search");
    }

    /** True when this reading may read the token {@code t} differently from the browser's, given where the browser stands. */
    boolean mayPartAt(Token t, TreeBuilder browser) {
        boolean tag = t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG;
        if (!dialogPlain && tag && browser.stack.topDialog() > 0) {
            return true; // where a dialog is open, whether it is special decides end tags, the adoption agency and <li>
        }
        if (resetStopsAtForeign() && tag && browser.stack.topForeign() > 0 && browser.stack.modeElement(0) > 0) {
            return true; // a tag may reset the mode with SVG or MathML open above a table part or a select
        }
        if (leavesForeignContentAtStrayParagraphOrBreak() && t.kind == Token.Kind.END_TAG && browser.inForeignContent()
                && (t.name().equals("p") || t.name().equals("br"))) {
            return true;
        }
        if (closesRowGroupAcrossTables() && t.kind == Token.Kind.END_TAG && browser.mode == InsertionMode.IN_TABLE_BODY
                && InsertionMode.isRowGroup(t.name()) && browser.stack.topIndexOf(t.name()) > 0
                && !browser.inScope(t.name(), OpenElements.Scope.TABLE)) {
            return true;
        }
        if (this == JSOUP) {
            if (tag && browser.stack.templateBoundsTableScope()) {
                return true; // a table scope test may reach past the template
            }
            if (t.kind == Token.Kind.START_TAG) {
                String name = t.name();
                return name.equals("dialog") || name.equals("search")
                        || (browser.formatting.stale() > 0 && !JsoupTags.knows(name))
                        || (browser.inForeignContent() && (ForeignContent.breaksOut(name) || name.equals("font") || name.equals("script")));
            }
            if (t.kind == Token.Kind.END_TAG && t.name().equals("template")) {
                return browser.stack.contains("select"); // the reset after it may stop at that select
            }
            if (t.kind == Token.Kind.END_TAG && browser.mode == InsertionMode.IN_CELL && (t.name().equals("td") || t.name().equals("th"))) {
                return !browser.inScope(t.name(), OpenElements.Scope.TABLE);
            }
            return t.kind == Token.Kind.END_TAG && browser.inForeignContent() && (t.name().equals("p") || t.name().equals("br"));
        }
        if (!knowsSearch && tag && t.name().equals("search")) {
            return true; // a reading that does not know search: no p closed at its start tag, any other end tag at its end
        }
        return !scripting && t.kind == Token.Kind.START_TAG && t.name().equals("noscript");
    }
}
