package io.adslot.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the tree {@link SpecTreeBuilder} builds: the document, an element (namespace, local name,
 * attributes), text or a comment. Only what the spec-parser judge compares, without a DOM's checks.
 */
final class SpecNode {

    enum Kind { DOCUMENT, ELEMENT, TEXT, COMMENT }

    static final String HTML = "http://www.w3.org/1999/xhtml";

    final Kind kind;
    final String namespace;
    final String name;
    /** Attributes by name ({@code "namespace local"} for the few namespaced ones), in source order. */
    final Map<String, String> attributes = new LinkedHashMap<>();
    /** Text or comment data. */
    final StringBuilder data = new StringBuilder();
    final List<SpecNode> children = new ArrayList<>();
    SpecNode parent;
    /** Position in document order, set by {@link CanonicalTree} as it walks. */
    int order;

    private SpecNode(Kind kind, String namespace, String name) {
        this.kind = kind;
        this.namespace = namespace;
        this.name = name;
    }

    static SpecNode document() {
        return new SpecNode(Kind.DOCUMENT, null, "#document");
    }

    static SpecNode element(String namespace, String name) {
        return new SpecNode(Kind.ELEMENT, namespace, name);
    }

    static SpecNode text(String data) {
        SpecNode text = new SpecNode(Kind.TEXT, null, "#text");
        text.data.append(data);
        return text;
    }

    static SpecNode comment(String data) {
        SpecNode comment = new SpecNode(Kind.COMMENT, null, "#comment");
        comment.data.append(data);
        return comment;
    }

    boolean isElement() {
        return kind == Kind.ELEMENT;
    }

    boolean isHtml(String localName) {
        return kind == Kind.ELEMENT && HTML.equals(namespace) && name.equals(localName);
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    void append(SpecNode child) {
        insert(child, children.size());
    }

    /** Inserts {@code child} at {@code index}, merging text with a text neighbour as the parser does. */
    void insert(SpecNode child, int index) {
        child.detach();
        if (child.kind == Kind.TEXT && index > 0 && children.get(index - 1).kind == Kind.TEXT) {
            children.get(index - 1).data.append(child.data);
            return;
        }
        child.parent = this;
        children.add(index, child);
    }

    void detach() {
        if (parent != null) {
            parent.children.remove(this);
            parent = null;
        }
    }
}
