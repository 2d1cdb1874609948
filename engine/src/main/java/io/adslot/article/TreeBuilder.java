package io.adslot.article;

import java.util.Arrays;

/**
 * The HTML Standard's tree construction (13.2.6) without the tree: the stack of open elements, the list
 * of active formatting elements, the insertion mode and the form element pointer, driven by tokens, with
 * the Standard's shared algorithms written once here and the modes in {@link InsertionMode}. Where a node
 * would be inserted, only the stack changes; what the tree would look like is left to the
 * {@link ElementSink}.
 *
 * <p>It reads an article body as the fragment parsing algorithm reads the children of a {@code body}
 * element: the stack starts with {@code html}, the mode is "in body", and {@code <body>}, {@code </body>}
 * and {@code </html>} change nothing.
 *
 * <p>Linear time: the scope tests are constant time ({@link OpenElements}); the adoption agency's loops
 * run at most 8 and (in effect) a bounded number of times; every walk the Standard makes down the stack is
 * either answered from the stack's indices or bounded by {@link #WALK}. Where the input would take a walk
 * past that bound, the builder is {@link #lost}: the scan then offers no place after that point, which is
 * always safe.
 */
final class TreeBuilder {

    /** How far a walk down the stack or a change in its middle may reach before the builder gives up. */
    static final int WALK = 64;

    /** At most this many spare elements ({@link #spare}) are kept. */
    private static final int SPARE_LIMIT = 64;

    final String src;
    final Reading reading;
    final FormattingList formatting = new FormattingList();
    final OpenElements stack = new OpenElements(formatting);
    ElementSink sink;
    InsertionMode mode = InsertionMode.IN_BODY;
    InsertionMode originalMode = InsertionMode.IN_BODY;
    /**
     * Set where the end of the input is to be reprocessed after a template closed ({@link InsertionMode#IN_TEMPLATE}):
     * {@link #process} does it in a loop, since templates nested a thousand deep would otherwise recurse a
     * thousand times.
     */
    boolean reprocessEnd;
    private InsertionMode[] templateModes = new InsertionMode[4];
    private int templateModeCount;
    /** The Standard's form element pointer. */
    TreeElement form;
    /**
     * Elements popped while the current token is processed. From the next token on, those nothing refers to
     * any more (off the stack and the list, not the form element pointer) are {@link #spare}, reused by the
     * next inserts, so that a scan allocates an element per nesting depth rather than per start tag. Kept
     * until the token is done, since the algorithms that pop still hold the popped elements.
     */
    private TreeElement[] released = new TreeElement[8];
    private int releasedCount;
    private TreeElement[] spare = new TreeElement[8];
    private int spareCount;
    /** The token being processed. */
    Token token;
    /** Set when the last start tag switched the tokenizer to raw text (RCDATA, RAWTEXT, script data, PLAINTEXT). */
    TagInfo rawTextRequest;
    /**
     * The raw text asked for is read otherwise by some parser (jsoup's SVG or MathML script, a raw-text tag in
     * a select, which newer browsers' customizable select reads as in body): where it holds markup, the
     * reading is lost.
     */
    boolean rawTextDisputed;
    /** The input took a walk past {@link #WALK} or grew a list past {@link FormattingList#BOUND}. */
    boolean lost;
    /**
     * An {@code <svg>} or {@code <math>} was ignored in the open select. The customizable select of newer
     * browsers keeps it, so there a {@code <textarea>}, {@code <script>} or {@code <style>} that follows is an
     * SVG or MathML element, not raw text: its text is disputed, as in {@link InsertionMode#IN_SELECT}.
     */
    boolean foreignIgnoredInSelect;

    TreeBuilder(String src, Reading reading, ElementSink sink) {
        this.src = src;
        this.reading = reading;
        this.sink = sink;
        TreeElement html = new TreeElement("html", TagInfo.known("html").flags, TagInfo.known("html"), 0, 0, 0, false, false, false);
        stack.push(html);
    }

    /** Processes one token (13.2.6, the tree construction dispatcher). */
    void process(Token t) {
        if (releasedCount > 0) {
            recycleReleased();
        }
        token = t;
        rawTextRequest = null;
        rawTextDisputed = false;
        dispatch();
        while (reprocessEnd) {
            reprocessEnd = false;
            dispatch();
        }
    }

    /** The tree construction dispatcher: foreign content rules or the current insertion mode. */
    void dispatch() {
        if (lost) {
            return;
        }
        if (usesForeignRules()) {
            InsertionMode.FOREIGN_CONTENT.process(this);
        } else {
            mode.process(this);
        }
    }

    /** Reprocesses the current token in {@code next}. */
    void reprocessIn(InsertionMode next) {
        mode = next;
        dispatch();
    }

    // 13.2.6 the dispatcher's conditions for the current insertion mode
    private boolean usesForeignRules() {
        if (stack.topForeign() < 0) {
            return false; // no SVG or MathML open: the common case, answered without looking at the current node
        }
        TreeElement current = stack.current();
        if (current.isHtml() || token.kind == Token.Kind.END_OF_INPUT || mode == InsertionMode.TEXT) {
            return false;
        }
        boolean start = token.kind == Token.Kind.START_TAG;
        boolean text = token.kind == Token.Kind.TEXT || token.kind == Token.Kind.RAW_TEXT;
        String name = current.name;
        if (ForeignContent.isIntegrationPoint(name) && name.startsWith("math m")) {
            if (text || (start && !token.name().equals("mglyph") && !token.name().equals("malignmark"))) {
                return false;
            }
        }
        if (name.equals("math annotation-xml") && start && token.name().equals("svg")) {
            return false;
        }
        boolean htmlIntegrationPoint = name.equals("svg foreignobject") || name.equals("svg desc")
                || name.equals("svg title") || name.equals("math annotation-xml+html");
        return !(htmlIntegrationPoint && (start || text));
    }

    /** True when the adjusted current node is SVG or MathML: CDATA sections are read there. */
    boolean inForeignContent() {
        return stack.topForeign() >= 0 && !stack.current().isHtml();
    }

    // ---------------------------------------------------------------- inserting and popping

    /** The Standard's "insert an HTML element" for the current start tag. */
    TreeElement insert() {
        Token t = token;
        TreeElement e = element(t.name(), t.info.flags, t.info, t.start, t.attributesStart, t.attributesEnd,
                false, t.noSlot, t.markedAtomic);
        push(e);
        return e;
    }

    /** Inserts a foreign element (13.2.6.1 "insert a foreign element") named {@code stackName}. */
    TreeElement insertForeign(String stackName) {
        Token t = token;
        TreeElement e = element(stackName, TagInfo.stackFlags(stackName), t.info, t.start, t.attributesStart,
                t.attributesEnd, false, t.noSlot, t.markedAtomic);
        push(e);
        return e;
    }

    /** Inserts an element the token implies but does not name ({@code <tbody>} for {@code <table><tr>}). */
    TreeElement insertImplied(String name) {
        TagInfo info = TagInfo.known(name);
        TreeElement e = element(name, info.flags, info, token.start, token.start, token.start, true, false, false);
        push(e);
        return e;
    }

    /** Inserts the current start tag and pops it at once, as for a void element. */
    void insertVoid() {
        insert();
        pop();
    }

    private void push(TreeElement e) {
        stack.push(e);
        if (sink != null) {
            sink.opened(e, stack.size() - 1);
        }
    }

    TreeElement pop() {
        TreeElement e = stack.pop();
        if (sink != null) {
            sink.closed(e, stack.size());
        }
        if (e != form) { // a listed one too: the adoption agency pops a link before it takes it off the list
            if (releasedCount == released.length) {
                released = Arrays.copyOf(released, releasedCount * 2);
            }
            released[releasedCount++] = e;
        }
        return e;
    }

    /** A new element, or a spare one made new. */
    private TreeElement element(String name, int flags, TagInfo info, int start, int attributesStart, int attributesEnd,
                                boolean reopened, boolean noSlot, boolean markedAtomic) {
        if (spareCount == 0) {
            return new TreeElement(name, flags, info, start, attributesStart, attributesEnd, reopened, noSlot, markedAtomic);
        }
        TreeElement e = spare[--spareCount];
        spare[spareCount] = null;
        e.set(name, flags, info, start, attributesStart, attributesEnd, reopened, noSlot, markedAtomic);
        return e;
    }

    /** A new element for the same token as {@code e}, as "reconstruct" and the adoption agency create, at the current token. */
    private TreeElement reopen(TreeElement e) {
        return element(e.name, e.flags, e.info, token.start, e.attributesStart, e.attributesEnd, true, e.noSlot, e.markedAtomic);
    }

    /** The elements released while the last token was processed become spare (up to {@link #SPARE_LIMIT}). */
    private void recycleReleased() {
        for (int i = 0; i < releasedCount; i++) {
            TreeElement e = released[i];
            released[i] = null;
            // still unreferenced: not put back on the stack or the list since (the adoption agency re-inserts)
            if (spareCount < SPARE_LIMIT && !e.onStack && !e.listed && e != form) {
                if (spareCount == spare.length) {
                    spare = Arrays.copyOf(spare, spareCount * 2);
                }
                spare[spareCount++] = e;
            }
        }
        releasedCount = 0;
    }

    /** Pops until an HTML element named {@code name} has been popped. */
    void popUntil(String name) {
        while (stack.size() > 1) {
            TreeElement e = pop();
            if (e.is(name)) {
                return;
            }
        }
    }

    /**
     * Gecko's reading of a {@code </br>}, and of a {@code </p>} with no {@code p} in button scope, where the
     * current node is SVG or MathML (an integration point: foreign content's own rule for these end tags
     * stops there): every SVG and MathML element is popped before the {@code br} or empty {@code p} is
     * inserted. The Standard inserts it in the integration point.
     */
    void leaveForeignContentAsGeckoDoes() {
        if (!reading.leavesForeignContentAtStrayParagraphOrBreak()) {
            return;
        }
        while (stack.size() > 1 && !stack.current().isHtml()) {
            pop();
        }
    }

    /** Pops until an h1-h6 has been popped. */
    void popUntilHeading() {
        while (stack.size() > 1) {
            TreeElement e = pop();
            if (e.has(TagInfo.HEADING) && e.isHtml()) {
                return;
            }
        }
    }

    /** Pops until {@code e} has been popped. */
    void popUntil(TreeElement e) {
        while (stack.size() > 1) {
            if (pop() == e) {
                return;
            }
        }
    }

    /** Removes {@code e} from the middle of the stack; false (and {@link #lost}) when that reaches too far. */
    boolean removeFromStack(int index) {
        if (stack.size() - index > WALK) {
            lost = true;
            return false;
        }
        TreeElement e = stack.removeAt(index);
        if (sink != null) {
            sink.closed(e, index);
        }
        return true;
    }

    boolean insertInStack(int index, TreeElement e) {
        if (stack.size() - index > WALK) {
            lost = true;
            return false;
        }
        stack.insertAt(index, e);
        if (sink != null) {
            sink.opened(e, index);
        }
        return true;
    }

    private void replaceInStack(int index, TreeElement e) {
        TreeElement old = stack.get(index);
        stack.replace(index, e);
        if (sink != null) {
            sink.closed(old, index);
            sink.opened(e, index);
        }
    }

    boolean currentIs(String name) {
        TreeElement c = stack.current();
        return c.isHtml() && c.is(name);
    }

    boolean inScope(String name, OpenElements.Scope scope) {
        if (scope == OpenElements.Scope.TABLE && !reading.tableScopeStopsAtTemplate()) {
            return stack.inScope(name, OpenElements.Scope.TABLE_THROUGH_TEMPLATE);
        }
        return stack.inScope(name, scope);
    }

    /** The Standard's "generate implied end tags", except for {@code except} (may be null). */
    void generateImpliedEndTags(String except) {
        while (stack.size() > 1) {
            TreeElement c = stack.current();
            if (!c.has(TagInfo.IMPLIED_END) || !c.isHtml() || c.is(except == null ? "" : except)) {
                return;
            }
            pop();
        }
    }

    /** The Standard's "generate all implied end tags thoroughly". */
    void generateAllImpliedEndTagsThoroughly() {
        while (stack.size() > 1 && stack.current().has(TagInfo.IMPLIED_END | TagInfo.IMPLIED_END_THOROUGH)
                && stack.current().isHtml()) {
            pop();
        }
    }

    /** The Standard's "close a p element". */
    void closeParagraph() {
        generateImpliedEndTags("p");
        popUntil("p");
    }

    /** Closes a p in button scope, as most block start tags do first. */
    void closeParagraphInButtonScope() {
        if (inScope("p", OpenElements.Scope.BUTTON)) {
            closeParagraph();
        }
    }

    /** Pops until the current node is one of {@code names} (the table modes' "clear the stack back to a ... context"). */
    void clearStackBackTo(String a, String b, String c) {
        while (stack.size() > 1) {
            TreeElement cur = stack.current();
            if (cur.isHtml() && (cur.is(a) || cur.is(b) || cur.is(c) || cur.is("template"))) {
                return;
            }
            pop();
        }
    }

    // ---------------------------------------------------------------- 13.2.4.3 the list of active formatting elements

    /** Pushes the current node, a formatting element, onto the list (with the Noah's Ark clause). */
    void pushFormatting(TreeElement e) {
        if (!formatting.push(e, src)) {
            lost = true;
        }
    }

    /** The Standard's "reconstruct the active formatting elements". */
    void reconstructFormatting() {
        int size = formatting.size();
        if (size == 0) {
            return;
        }
        TreeElement last = formatting.get(size - 1);
        if (last == FormattingList.MARKER || last.onStack) {
            return;
        }
        int i = size - 1;
        while (i > 0) {
            TreeElement entry = formatting.get(i - 1);
            if (entry == FormattingList.MARKER || entry.onStack) {
                break;
            }
            i--;
        }
        for (; i < size; i++) {
            TreeElement reopened = reopen(formatting.get(i));
            push(reopened);
            formatting.replace(i, reopened);
        }
    }

    // ---------------------------------------------------------------- 13.2.6.4.7 the adoption agency algorithm

    /** Runs the adoption agency for the end tag {@code subject}; false when the caller must act as for "any other end tag". */
    boolean adoptionAgency(String subject) {
        TreeElement current = stack.current();
        if (current.isHtml() && current.is(subject) && !current.listed) {
            pop();
            return true;
        }
        for (int outer = 0; outer < 8; outer++) {
            int listIndex = formatting.lastAfterMarker(subject);
            if (listIndex < 0) {
                return false;
            }
            TreeElement element = formatting.get(listIndex);
            if (!element.onStack) {
                formatting.removeAt(listIndex);
                return true;
            }
            int at = stack.indexOf(element);
            if (at <= stack.boundary(OpenElements.Scope.DEFAULT)) {
                return true; // not in scope: ignored
            }
            int furthest = -1;
            for (int j = at + 1; j < stack.size(); j++) {
                if (j - at > WALK) {
                    lost = true;
                    return true;
                }
                if (isSpecial(stack.get(j))) {
                    furthest = j;
                    break;
                }
            }
            if (furthest < 0) {
                popUntil(element);
                formatting.remove(element);
                return true;
            }
            TreeElement furthestBlock = stack.get(furthest);
            int bookmark = listIndex;
            TreeElement lastNode = furthestBlock;
            int nodeIndex = furthest;
            for (int inner = 1; ; inner++) {
                nodeIndex--;
                TreeElement node = stack.get(nodeIndex);
                if (node == element) {
                    break;
                }
                int nodeListIndex = formatting.indexOf(node);
                if (inner > 3 && nodeListIndex >= 0) {
                    formatting.removeAt(nodeListIndex);
                    if (nodeListIndex < bookmark) {
                        bookmark--;
                    }
                    nodeListIndex = -1;
                }
                if (nodeListIndex < 0) {
                    if (!removeFromStack(nodeIndex)) {
                        return true;
                    }
                    continue;
                }
                TreeElement clone = reopen(node);
                formatting.replace(nodeListIndex, clone);
                replaceInStack(nodeIndex, clone);
                if (lastNode == furthestBlock) {
                    bookmark = nodeListIndex + 1;
                }
                lastNode = clone;
            }
            TreeElement clone = reopen(element);
            int elementListIndex = formatting.indexOf(element);
            formatting.removeAt(elementListIndex);
            if (elementListIndex < bookmark) {
                bookmark--;
            }
            formatting.insertAt(Math.min(bookmark, formatting.size()), clone);
            if (!removeFromStack(stack.indexOf(element))) {
                return true;
            }
            if (!insertInStack(stack.indexOf(furthestBlock) + 1, clone)) {
                return true;
            }
        }
        return true;
    }

    /** The Standard's special category (13.2.4.3) in this reading: with {@code dialog} where it counts it. */
    boolean isSpecial(TreeElement e) {
        return e.has(TagInfo.SPEC_SPECIAL) || (!reading.dialogPlain && e.is("dialog") && e.isHtml());
    }

    /** The topmost special element other than address, div and p in this reading: where an li's walk stops. */
    int topSpecialButAddressDivP() {
        int top = stack.topSpecialButAddressDivP();
        return reading.dialogPlain ? top : Math.max(top, stack.topDialog());
    }

    /** The in-body rules' "any other end tag" (13.2.6.4.7), answered from the stack's indices. */
    void anyOtherEndTag(String name) {
        int at = stack.topIndexOf(name);
        if (at <= 0 || !stack.get(at).isHtml() || stack.topSpecial() > at
                || (!reading.dialogPlain && stack.topDialog() > at)) {
            return; // not open, or a special element stands above it: ignored
        }
        generateImpliedEndTags(name);
        popUntil(stack.get(Math.min(at, stack.size() - 1)));
    }

    // ---------------------------------------------------------------- modes

    /** The Standard's "reset the insertion mode appropriately", for a fragment whose context is a body. */
    void resetInsertionMode() {
        if (foreignIgnoredInSelect && !stack.contains("select")) {
            foreignIgnoredInSelect = false;
        }
        int top = stack.modeElement(0);
        TreeElement node = top < 0 ? null : stack.get(top);
        if (node == null || top == 0 || (reading.resetStopsAtForeign() && stack.topForeign() > top)) {
            mode = InsertionMode.IN_BODY;
            return;
        }
        mode = switch (node.name) {
            case "select" -> selectMode();
            case "td", "th" -> InsertionMode.IN_CELL;
            case "tr" -> InsertionMode.IN_ROW;
            case "tbody", "thead", "tfoot" -> InsertionMode.IN_TABLE_BODY;
            case "caption" -> InsertionMode.IN_CAPTION;
            case "colgroup" -> InsertionMode.IN_COLUMN_GROUP;
            case "table" -> InsertionMode.IN_TABLE;
            case "template" -> currentTemplateMode();
            default -> InsertionMode.IN_BODY;
        };
    }

    private InsertionMode selectMode() {
        if (reading.resetTakesSelectAlone()) {
            return InsertionMode.IN_SELECT;
        }
        for (int k = 1; ; k++) {
            int at = stack.modeElement(k);
            if (at <= 0) {
                return InsertionMode.IN_SELECT;
            }
            if (stack.get(at).is("template")) {
                return InsertionMode.IN_SELECT;
            }
            if (stack.get(at).is("table")) {
                return InsertionMode.IN_SELECT_IN_TABLE;
            }
        }
    }

    void pushTemplateMode(InsertionMode m) {
        if (templateModeCount == templateModes.length) {
            templateModes = Arrays.copyOf(templateModes, templateModeCount * 2);
        }
        templateModes[templateModeCount++] = m;
    }

    void popTemplateMode() {
        if (templateModeCount > 0) {
            templateModeCount--;
        }
    }

    boolean hasTemplateModes() {
        return templateModeCount > 0;
    }

    InsertionMode currentTemplateMode() {
        return templateModeCount == 0 ? InsertionMode.IN_BODY : templateModes[templateModeCount - 1];
    }

    void replaceTemplateMode(InsertionMode m) {
        popTemplateMode();
        pushTemplateMode(m);
    }

    /** Inserts the current start tag as a raw text element (13.2.6.2 "generic raw text/RCDATA element parsing algorithm"). */
    void insertRawText() {
        insert();
        rawTextRequest = token.info;
        originalMode = mode;
        mode = InsertionMode.TEXT;
    }

    // ---------------------------------------------------------------- gaps

    /** What a slot inserted where this builder stands now would be in: see {@link GapState}. */
    GapState gapState() {
        if (lost) {
            return GapState.BLOCKED;
        }
        if (formatting.stale() > 0) {
            return GapState.BLOCKED;
        }
        int low = stack.lowestNotContainer();
        if (low < 0) {
            return GapState.CLEAN;
        }
        int size = stack.size();
        if (size - low > WALK) {
            return GapState.BLOCKED;
        }
        int i = low;
        while (i < size && (stack.get(i).container || isStylingWrapper(stack.get(i)))) {
            i++;
        }
        if (i == size) {
            return GapState.CLEAN;
        }
        if (!stack.get(i).is("p") || !stack.get(i).isHtml()) {
            return GapState.BLOCKED;
        }
        for (int j = i + 1; j < size; j++) {
            TreeElement e = stack.get(j);
            if (e.has(TagInfo.FORMATTING | TagInfo.SCOPE_BOUNDARY | TagInfo.BUTTON_SCOPE | TagInfo.FOREIGN) || e.reopened) {
                return GapState.BLOCKED;
            }
        }
        return GapState.PARAGRAPH_OPEN;
    }

    /** The {@code <p>} that makes {@link #gapState} {@link GapState#PARAGRAPH_OPEN}; null when it is not. */
    TreeElement paragraphLeftOpen() {
        if (gapState() != GapState.PARAGRAPH_OPEN) {
            return null;
        }
        int i = stack.lowestNotContainer();
        while (stack.get(i).container || isStylingWrapper(stack.get(i))) {
            i++;
        }
        return stack.get(i);
    }

    /**
     * True when markup appended here is read as it would be at the start of a body: how the content of a
     * whole page's content root, which is scanned on its own, is read in the page. The reading is not lost,
     * no formatting element waits to be reopened (a {@code <font>} the page leaves open would be reopened
     * in a slot's text), and what is open around this point is the page's containers, styling wrappers or
     * elements of no role the parser knows (an unknown or custom wrapper around the root). Not a paragraph,
     * a formatting element or a link, a table, foreign content, a select, a template or a button: a slot
     * inside one is torn apart, reopened, inside a link or inside a table.
     */
    boolean readsAsABodyStart() {
        if (lost || formatting.stale() > 0 || mode != InsertionMode.IN_BODY) {
            return false;
        }
        for (int i = 0; i < stack.size(); i++) {
            TreeElement e = stack.get(i);
            // a container by its kind: the scan's container marks say where slots go in an article, and an
            // unknown wrapper around the page's main element makes everything in it one block there; an element
            // of the Standard the scanner has no info for (a datalist, a meter) is no wrapper: it is not shown
            // as a box of flow
            boolean container = !e.reopened && !e.markedAtomic && e.info != null && e.info.role == TagInfo.Role.CONTAINER;
            boolean unknown = e.isHtml() && !e.reopened && !TagInfo.isStandardElement(e.name);
            if (!(container || isStylingWrapper(e) || unknown) || e.has(TagInfo.FORMATTING | TagInfo.FOREIGN | TagInfo.LINK)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A styling wrapper the article wrote around blocks ({@code span}, {@code mark}...): a slot in it is legal.
     * Not a formatting element ({@code b}, {@code font}, {@code a}...): those are what the parser reopens, and
     * the promise is that no slot stands inside one.
     */
    static boolean isStylingWrapper(TreeElement e) {
        return e.has(TagInfo.STYLING_WRAPPER) && !e.has(TagInfo.FORMATTING) && !e.reopened && !e.markedAtomic && e.isHtml();
    }

    /** A copy of this builder's state for another reading, from here on (its elements copied, so that it changes alone). */
    TreeBuilder fork(Reading other) {
        TreeBuilder copy = new TreeBuilder(src, other, null);
        java.util.IdentityHashMap<TreeElement, TreeElement> copies = new java.util.IdentityHashMap<>();
        copy.stack.pop();
        for (int i = 0; i < stack.size(); i++) {
            TreeElement e = stack.get(i);
            TreeElement c = copyOf(e);
            copies.put(e, c);
            copy.stack.push(c);
        }
        for (int i = 0; i < formatting.size(); i++) {
            TreeElement e = formatting.get(i);
            if (e == FormattingList.MARKER) {
                copy.formatting.pushMarker();
            } else {
                copy.formatting.insertAt(copy.formatting.size(), copies.computeIfAbsent(e, TreeBuilder::copyOf));
            }
        }
        copy.mode = mode;
        copy.originalMode = originalMode;
        copy.templateModes = templateModes.clone();
        copy.templateModeCount = templateModeCount;
        copy.form = form == null ? null : copies.computeIfAbsent(form, TreeBuilder::copyOf);
        copy.lost = lost;
        copy.foreignIgnoredInSelect = foreignIgnoredInSelect;
        return copy;
    }

    private static TreeElement copyOf(TreeElement e) {
        TreeElement c = new TreeElement(e.name, e.flags, e.info, e.start, e.attributesStart, e.attributesEnd, e.reopened,
                e.noSlot, e.markedAtomic);
        c.container = e.container;
        return c;
    }

    /** True when {@code other} stands where this builder stands (same modes, open elements and formatting list): the readings have met again. */
    boolean sameStateAs(TreeBuilder other) {
        if (mode != other.mode || stack.size() != other.stack.size() || formatting.size() != other.formatting.size()
                || templateModeCount != other.templateModeCount || (form == null) != (other.form == null)
                || lost != other.lost || stack.size() > WALK || formatting.stale() != other.formatting.stale()
                || foreignIgnoredInSelect != other.foreignIgnoredInSelect
                || mode == InsertionMode.TEXT && originalMode != other.originalMode) {
            return false; // in raw text, the mode each returns to after it is state too
        }
        for (int i = 0; i < templateModeCount; i++) {
            if (templateModes[i] != other.templateModes[i]) {
                return false;
            }
        }
        for (int i = 0; i < stack.size(); i++) {
            if (!stack.get(i).name.equals(other.stack.get(i).name)) {
                return false;
            }
        }
        for (int i = 0; i < formatting.size(); i++) {
            if (!formatting.get(i).name.equals(other.formatting.get(i).name)) {
                return false;
            }
        }
        return true;
    }
}
