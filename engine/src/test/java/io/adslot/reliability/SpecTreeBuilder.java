package io.adslot.reliability;

import nu.validator.htmlparser.impl.CoalescingTreeBuilder;
import nu.validator.htmlparser.impl.HtmlAttributes;

/**
 * The tree side of {@code nu.validator:htmlparser}: its {@code TreeBuilder} runs the Standard's tree
 * construction and calls these methods to make and move nodes; they build {@link SpecNode}s.
 */
final class SpecTreeBuilder extends CoalescingTreeBuilder<SpecNode> {

    private final SpecNode document = SpecNode.document();

    SpecNode document() {
        return document;
    }

    @Override
    protected SpecNode createElement(String ns, String name, HtmlAttributes attributes, SpecNode intendedParent) {
        SpecNode element = SpecNode.element(ns, name);
        copyAttributes(element, attributes);
        return element;
    }

    @Override
    protected SpecNode createHtmlElementSetAsRoot(HtmlAttributes attributes) {
        SpecNode html = createElement(SpecNode.HTML, "html", attributes, null);
        document.append(html);
        return html;
    }

    @Override
    protected void detachFromParent(SpecNode element) {
        element.detach();
    }

    @Override
    protected boolean hasChildren(SpecNode element) {
        return !element.children.isEmpty();
    }

    @Override
    protected void appendElement(SpecNode child, SpecNode newParent) {
        newParent.append(child);
    }

    @Override
    protected void appendChildrenToNewParent(SpecNode oldParent, SpecNode newParent) {
        while (!oldParent.children.isEmpty()) {
            newParent.append(oldParent.children.get(0));
        }
    }

    @Override
    protected void insertFosterParentedChild(SpecNode child, SpecNode table, SpecNode stackParent) {
        SpecNode parent = table.parent;
        if (parent != null) {
            parent.insert(child, parent.children.indexOf(table));
        } else {
            stackParent.append(child);
        }
    }

    @Override
    protected SpecNode createAndInsertFosterParentedElement(String ns, String name, HtmlAttributes attributes,
                                                            SpecNode table, SpecNode stackParent) {
        SpecNode element = createElement(ns, name, attributes, null);
        insertFosterParentedChild(element, table, stackParent);
        return element;
    }

    @Override
    protected void insertFosterParentedCharacters(String text, SpecNode table, SpecNode stackParent) {
        insertFosterParentedChild(SpecNode.text(text), table, stackParent);
    }

    @Override
    protected void appendCharacters(SpecNode parent, String text) {
        parent.append(SpecNode.text(text));
    }

    @Override
    protected void appendComment(SpecNode parent, String comment) {
        parent.append(SpecNode.comment(comment));
    }

    @Override
    protected void appendCommentToDocument(String comment) {
        document.append(SpecNode.comment(comment));
    }

    @Override
    protected void addAttributesToElement(SpecNode element, HtmlAttributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            element.attributes.putIfAbsent(key(attributes, i), attributes.getValueNoBoundsCheck(i));
        }
    }

    private static void copyAttributes(SpecNode element, HtmlAttributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            element.attributes.put(key(attributes, i), attributes.getValueNoBoundsCheck(i));
        }
    }

    private static String key(HtmlAttributes attributes, int i) {
        String uri = attributes.getURINoBoundsCheck(i);
        String local = attributes.getLocalNameNoBoundsCheck(i);
        return uri == null || uri.isEmpty() ? local : uri + " " + local;
    }
}
