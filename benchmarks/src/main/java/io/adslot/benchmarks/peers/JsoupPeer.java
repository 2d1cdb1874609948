package io.adslot.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The DOM way, as a CMS plugin developer would write it: parse the body with jsoup, walk the top-level
 * blocks through container divs, insert the slot markup after the chosen paragraphs with
 * {@link Element#after(String)}, serialize the body without pretty printing.
 *
 * <p>Why it is a fair peer: it is the obvious correct implementation (jsoup parses as browsers do),
 * it uses jsoup's cheapest options (no pretty print, a fragment rather than a document, no selector
 * engine), and the walk stops at the last slot. Its output is re-serialized markup, not the input
 * byte for byte; that is a correctness cost of the approach, not of this code.
 */
public final class JsoupPeer implements InsertionPeer {

    private final InsertionRule rule;
    private final List<String> slots;

    public JsoupPeer(InsertionRule rule, List<String> slots) {
        this.rule = rule;
        this.slots = List.copyOf(slots);
    }

    @Override
    public String insert(String body) {
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        Element root = document.body();
        List<Element> chosen = chosenParagraphs(root);
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i).after(slots.get(i));
        }
        return root.html();
    }

    /**
     * The paragraphs that get a slot, in document order. A loop over siblings with an explicit climb,
     * not recursion, so that deeply nested wrappers cannot overflow the stack. Slots are inserted only
     * after the walk, so that the walk never sees them.
     */
    private List<Element> chosenParagraphs(Element root) {
        int wanted = Math.min(rule.max(), slots.size());
        List<Element> chosen = new ArrayList<>(wanted);
        int paragraphs = 0;
        Element e = root.firstElementChild();
        while (e != null && chosen.size() < wanted) {
            String tag = e.normalName();
            if (tag.equals("p")) {
                paragraphs++;
                if (rule.selects(paragraphs)) {
                    chosen.add(e);
                }
            } else if (InsertionRule.isContainer(tag)) {
                Element child = e.firstElementChild();
                if (child != null) {
                    e = child;
                    continue;
                }
            }
            Element next = e.nextElementSibling();
            while (next == null) {
                e = e.parent();
                if (e == null || e == root) {
                    break;
                }
                next = e.nextElementSibling();
            }
            e = next;
        }
        return chosen;
    }
}
