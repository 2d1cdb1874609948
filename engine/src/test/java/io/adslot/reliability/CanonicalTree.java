package io.adslot.reliability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed tree as a flat list of tokens ({@code <name attr=value>}, {@code </>}, text, comment) that two
 * trees can be compared by, walked without recursion so that deep tag soup cannot overflow the stack.
 * Adjacent text is merged, as the parser merges it.
 *
 * <p>With {@code withoutSlots}, the marks of {@link MarkedSlot} decide what is left out: every element
 * carrying the slot attribute (with its subtree), and every text that stands between a pair of slot-text
 * comments; the {@linkplain #slotRoots roots} of each slot (its outermost marked elements) and the comments
 * marking where each was put are collected on the way. Without it, the marks themselves are dropped but
 * everything marked is kept. Every node walked gets its {@link SpecNode#order}.
 */
final class CanonicalTree {

    static final String END = "</>";

    private final boolean withoutSlots;
    private final List<String> tokens = new ArrayList<>();
    private final Map<Integer, List<SpecNode>> slotRoots = new TreeMap<>();
    private final Map<String, SpecNode> places = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inSlotText;
    private int order;

    private CanonicalTree(boolean withoutSlots) {
        this.withoutSlots = withoutSlots;
    }

    /** The tokens of the children of {@code root}, with the slots left out; their roots are collected. */
    static CanonicalTree withoutSlots(SpecNode root) {
        CanonicalTree tree = new CanonicalTree(true);
        tree.walk(root);
        return tree;
    }

    /** The tokens of {@code element} and its subtree, marks dropped. */
    static List<String> of(SpecNode element) {
        CanonicalTree tree = new CanonicalTree(false);
        if (tree.enter(element)) {
            tree.walk(element);
            tree.leave();
        }
        return tree.tokens;
    }

    List<String> tokens() {
        return tokens;
    }

    /** Outermost marked elements of each slot number, in document order. */
    Map<Integer, List<SpecNode>> slotRoots() {
        return slotRoots;
    }

    /** The comment that marks where slot {@code k} was put, or null when it did not come out as a comment. */
    SpecNode place(int k) {
        return places.get(MarkedSlot.place(k));
    }

    private record Position(SpecNode node, int next) {
    }

    private void walk(SpecNode root) {
        Deque<Position> open = new ArrayDeque<>();
        open.push(new Position(root, 0));
        while (!open.isEmpty()) {
            Position top = open.pop();
            if (top.next() < top.node().children.size()) {
                SpecNode child = top.node().children.get(top.next());
                open.push(new Position(top.node(), top.next() + 1));
                if (enter(child)) {
                    open.push(new Position(child, 0));
                }
            } else if (top.node() != root) {
                leave();
            }
        }
        flushText();
    }

    /** Visits a node; true when its children are to be walked (and {@link #leave} called after). */
    private boolean enter(SpecNode node) {
        node.order = order++;
        switch (node.kind) {
            case ELEMENT -> {
                if (withoutSlots && node.attributes.containsKey(MarkedSlot.ATTRIBUTE)) {
                    if (node.parent == null || !node.parent.attributes.containsKey(MarkedSlot.ATTRIBUTE)) {
                        int k = Integer.parseInt(node.attribute(MarkedSlot.ATTRIBUTE));
                        slotRoots.computeIfAbsent(k, x -> new ArrayList<>()).add(node);
                    }
                    return false;
                }
                flushText();
                tokens.add(startToken(node));
                return true;
            }
            case TEXT -> {
                if (!(withoutSlots && inSlotText)) {
                    text.append(node.data);
                }
                return false;
            }
            case COMMENT -> {
                String data = node.data.toString();
                if (MarkedSlot.isMarkComment(data)) {
                    inSlotText = MarkedSlot.opensText(data);
                    places.put(data, node);
                } else {
                    flushText();
                    tokens.add("<!--" + data + "-->");
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private void leave() {
        flushText();
        tokens.add(END);
    }

    private void flushText() {
        if (!text.isEmpty()) {
            tokens.add("\"" + text + "\"");
            text.setLength(0);
        }
    }

    private static String startToken(SpecNode element) {
        StringBuilder token = new StringBuilder("<");
        if (!SpecNode.HTML.equals(element.namespace)) {
            token.append(element.namespace.substring(element.namespace.lastIndexOf('/') + 1)).append(' ');
        }
        token.append(element.name);
        new TreeMap<>(element.attributes).forEach((name, value) -> {
            if (!name.equals(MarkedSlot.ATTRIBUTE)) {
                token.append(' ').append(name).append("=\"").append(value).append('"');
            }
        });
        return token.append('>').toString();
    }
}
