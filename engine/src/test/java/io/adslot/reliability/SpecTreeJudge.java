package io.adslot.reliability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The independent judge of issue 14: the HTML Standard's own tree builder ({@link SpecReading}, both
 * scripting readings) parses the article and the article with its slots, and for each reading
 *
 * <ol>
 *   <li>the output's tree with the slots left out equals the input's tree: a slot changed nothing around
 *       it (closed no paragraph, reopened no formatting element, did not land in raw text, a comment or an
 *       attribute);</li>
 *   <li>no element of a slot stands in an element a slot must never enter ({@link #NEVER_AROUND_A_SLOT}:
 *       a paragraph, a list, a table, a page component, a button...), in SVG or MathML, nor in a
 *       formatting element that the parser keeps open or reopens around later content (a link, a
 *       {@code <b>}, a {@code <font>}); plain wrappers such as {@code span} or {@code time}, which the
 *       parser never reopens, are allowed, as the project's promise allows them;</li>
 *   <li>no slot stands inside an element marked {@code data-adslot="off"} or a clone of one;</li>
 *   <li>each slot comes out whole and where it was put: the same elements as its markup parsed alone (an
 *       {@code <amp-ad>} in a paragraph whose {@code <div>} children escape it; a link left open around
 *       the gap that the parser reopens around the slot's label), not moved before a table.</li>
 * </ol>
 *
 * <p>It knows nothing of the scanner; where a slot is (which nodes are a slot's) it learns from the marks
 * of {@link MarkedSlot}, spliced at the insertions' own offsets. jsoup's {@link BoundaryOracle} stays the
 * second judge: it reads the source extents, which this one does not.
 *
 * <p>The problems of issue 14's shapes (a formatting element around a slot or reopened inside it; the
 * scripting-off reading) are what the scanner of today still gets wrong; until its rebuild lands they are
 * enforced only on the cases of {@code reliability/judge-cases/}, and {@link #ISSUE_14_ENFORCED} is the
 * switch that enforces them everywhere (the corpus, the fuzz inputs, the properties).
 */
final class SpecTreeJudge {

    /**
     * Whether {@link #enforced} keeps the problems of issue 14's shapes ({@link Problem#issue14}). Off until
     * the scanner rebuild passes them on the corpus, the committed fuzz inputs and the properties; then on
     * for good (and this switch deleted).
     */
    static final boolean ISSUE_14_ENFORCED = true;

    /** Elements a slot must never stand inside: jsoup judge's list, and interactive content. */
    static final Set<String> NEVER_AROUND_A_SLOT = Stream.concat(BoundaryOracle.PROTECTED.stream(), Stream.of(
            "button", "select", "option", "optgroup", "datalist", "label", "map", "ruby", "rt", "rp", "frameset",
            "head", "html", "body")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The Standard's formatting elements: the parser reopens them around later content. */
    static final Set<String> FORMATTING = Set.of(
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /**
     * One thing wrong with a slot. {@code issue14} marks the shapes today's scanner is known to get wrong
     * (issue 14): a formatting element around a slot or reopened inside it, and anything wrong only in the
     * scripting-off reading ({@code noscript} read as markup).
     */
    record Problem(String message, boolean issue14) {
        @Override
        public String toString() {
            return message;
        }
    }

    private SpecTreeJudge() {
    }

    /** The problems every build enforces today: all but issue 14's until {@link #ISSUE_14_ENFORCED}. */
    static List<Problem> enforced(List<Problem> problems) {
        return problems.stream().filter(p -> ISSUE_14_ENFORCED || !p.issue14()).toList();
    }

    /** Every problem with the slots {@code slots} (ascending offsets) in {@code input}; empty when all are legal. */
    static List<Problem> violations(String input, List<Splice> slots) {
        List<Problem> problems = new ArrayList<>();
        for (SpecReading reading : SpecReading.values()) {
            for (Problem problem : violations(input, slots, reading)) {
                problems.add(reading == SpecReading.SCRIPTING_OFF ? new Problem(problem.message(), true) : problem);
            }
        }
        return problems;
    }

    /**
     * As {@link #violations(String, List)} for a {@code <div>} with text at each offset (a scanner's gaps):
     * the text catches a formatting element the parser would reopen into a slot with a label.
     */
    static List<Problem> offsetViolations(String input, Iterable<Integer> offsets) {
        TreeSet<Integer> distinct = new TreeSet<>();
        offsets.forEach(distinct::add);
        List<Splice> markers = new ArrayList<>();
        for (int offset : distinct) {
            markers.add(new Splice(offset, "<div>slot</div>"));
        }
        return violations(input, markers);
    }

    static List<Problem> violations(String input, List<Splice> slots, SpecReading reading) {
        MarkedSlot marks = MarkedSlot.avoiding(input);
        List<Splice> marked = new ArrayList<>(slots.size());
        for (int k = 0; k < slots.size(); k++) {
            marked.add(new Splice(slots.get(k).offset(), marks.mark(slots.get(k).html(), k)));
        }
        List<String> expected = InputTrees.tokens(input, reading, marks);
        SpecNode output = reading.parse(Splice.apply(input, marked));
        CanonicalTree actual = CanonicalTree.withoutSlots(output, marks);

        List<Problem> problems = new ArrayList<>();
        String difference = firstDifference(expected, actual.tokens());
        if (difference != null) {
            problems.add(new Problem("(" + reading + ") the tree without the slots differs from the input's: "
                    + difference, false));
        }
        SpecNode body = SpecReading.body(output);
        Map<Integer, List<SpecNode>> roots = actual.slotRoots();
        for (int k = 0; k < marked.size(); k++) {
            String slot = "(" + reading + ") slot " + k + " at offset " + slots.get(k).offset();
            List<SpecNode> found = roots.getOrDefault(k, List.of());
            if (found.isEmpty()) {
                problems.add(new Problem(slot + " does not come out of the parse as an element", false));
                continue;
            }
            for (SpecNode root : found) {
                Problem where = misplaced(root, body, marks, slot + ": <" + root.name + "> stands ");
                if (where != null) {
                    problems.add(where);
                    break;
                }
            }
            SpecNode place = actual.place(k);
            if (place == null || place.order > found.get(0).order) {
                // a comment stays where it is written; an element in a table is moved before the table
                problems.add(new Problem(slot + " was moved by the parser (out of a table, before it)", false));
            }
            String torn = shapeDifference(found, marks, slots.get(k).html(), reading);
            if (torn != null) {
                problems.add(new Problem(slot + " is not its markup parsed alone (torn apart, or a formatting element"
                        + " reopened inside it): " + torn, FORMATTING.stream().anyMatch(f -> torn.contains("<" + f + ">")
                        || torn.contains("<" + f + " "))));
            }
        }
        return problems;
    }

    /** Why {@code element} may not stand where it does, or null when no ancestor below the body forbids it. */
    private static Problem misplaced(SpecNode element, SpecNode body, MarkedSlot marks, String slot) {
        for (SpecNode up = element.parent; up != body; up = up.parent) {
            if (up == null || !up.isElement()) {
                return new Problem(slot + "outside the body", false);
            }
            String name = up.name;
            boolean noSlotZone = "off".equals(up.attribute("data-adslot"));
            if (!SpecNode.HTML.equals(up.namespace)) {
                return new Problem(slot + "inside foreign content <" + name + ">", false);
            }
            if (FORMATTING.contains(name)) {
                return new Problem(slot + "inside <" + name + (noSlotZone ? " data-adslot=\"off\"" : "")
                        + ">, a formatting element the parser keeps open or reopens", true);
            }
            if (noSlotZone) {
                return new Problem(slot + "inside <" + name + " data-adslot=\"off\">, a no-slot zone", false);
            }
            if (up.attributes.containsKey(marks.attribute())) {
                return new Problem(slot + "inside slot " + up.attribute(marks.attribute()), false);
            }
            if (NEVER_AROUND_A_SLOT.contains(name)) {
                return new Problem(slot + "inside <" + name + ">", false);
            }
        }
        return null;
    }

    /** Where the slot's roots differ from its markup parsed alone (memoised per markup), or null when the same. */
    private static String shapeDifference(List<SpecNode> found, MarkedSlot marks, String html, SpecReading reading) {
        List<String> alone = ALONE.computeIfAbsent(reading + "\n" + html, key -> {
            MarkedSlot own = MarkedSlot.avoiding(html);
            SpecNode page = reading.parse(own.mark(html, 0));
            List<String> tokens = new ArrayList<>();
            CanonicalTree.withoutSlots(page, own).slotRoots().values().forEach(roots -> roots.forEach(
                    root -> tokens.addAll(CanonicalTree.of(root, own))));
            return tokens;
        });
        List<String> tokens = new ArrayList<>();
        found.forEach(root -> tokens.addAll(CanonicalTree.of(root, marks)));
        return firstDifference(alone, tokens);
    }

    /**
     * The tokens of the last input's tree per reading: a corpus test judges one article's renders and gaps
     * several times in a row.
     */
    private static final class InputTrees {
        private static String input;
        private static final Map<SpecReading, List<String>> TOKENS = new java.util.EnumMap<>(SpecReading.class);

        static synchronized List<String> tokens(String html, SpecReading reading, MarkedSlot marks) {
            if (html != input) {
                input = html;
                TOKENS.clear();
            }
            return TOKENS.computeIfAbsent(reading, r -> CanonicalTree.withoutSlots(r.parse(html), marks).tokens());
        }
    }

    /** Slot markup parsed alone, by reading and markup; a handful of distinct markups per rule set. */
    private static final Map<String, List<String>> ALONE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                    return size() > 256;
                }
            });

    /** Where two token lists first differ, with the open elements there; null when equal. */
    static String firstDifference(List<String> expected, List<String> actual) {
        Deque<String> open = new ArrayDeque<>();
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            String e = expected.get(i);
            if (!e.equals(actual.get(i))) {
                int from = Math.max(0, commonPrefix(e, actual.get(i)) - 20);
                return "inside " + path(open) + " expected " + excerpt(e, from) + " but found " + excerpt(actual.get(i), from);
            }
            track(open, e);
        }
        if (expected.size() != actual.size()) {
            String extra = expected.size() > actual.size()
                    ? "missing " + PreservationCheck.abbreviate(expected.get(common))
                    : "extra " + PreservationCheck.abbreviate(actual.get(common));
            return "inside " + path(open) + " " + extra;
        }
        return null;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String excerpt(String token, int from) {
        return (from > 0 ? "..." : "") + PreservationCheck.abbreviate(token.substring(Math.min(from, token.length())));
    }

    private static void track(Deque<String> open, String token) {
        if (token.equals(CanonicalTree.END)) {
            open.pop();
        } else if (token.startsWith("<") && !token.startsWith("<!--")) {
            int nameEnd = token.indexOf(' ') > 0 ? token.indexOf(' ') : token.length() - 1;
            open.push(token.substring(1, nameEnd));
        }
    }

    private static String path(Deque<String> open) {
        if (open.isEmpty()) {
            return "the content root";
        }
        List<String> names = new ArrayList<>(open);
        java.util.Collections.reverse(names);
        return String.join(" > ", names);
    }
}
