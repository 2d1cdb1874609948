package io.adslot.benchmarks.peers;

import java.util.List;

/**
 * What a quick plugin does: find {@code </p>} with {@link String#indexOf(String, int)}, count them, and
 * insert the slot after the ones the rule picks. Wrong on real markup (it counts paragraphs inside
 * blockquotes and asides, {@code </p>} inside scripts and comments, and misses upper-case or implied
 * ends), but it does no more work than finding a string and copying: the floor for cost that any
 * correct approach is measured against.
 */
public final class NaiveSplicePeer implements InsertionPeer {

    private static final String PARAGRAPH_END = "</p>";

    private final InsertionRule rule;
    private final String[] slots;
    private final int slotsLength;

    public NaiveSplicePeer(InsertionRule rule, List<String> slots) {
        this.rule = rule;
        this.slots = slots.toArray(new String[0]);
        this.slotsLength = SlotMarkup.totalLength(slots);
    }

    @Override
    public String insert(String body) {
        StringBuilder out = new StringBuilder(body.length() + slotsLength);
        int copied = 0;
        int from = 0;
        int count = 0;
        int inserted = 0;
        while (inserted < slots.length) {
            int found = body.indexOf(PARAGRAPH_END, from);
            if (found < 0) {
                break;
            }
            from = found + PARAGRAPH_END.length();
            count++;
            if (rule.selects(count)) {
                out.append(body, copied, from).append(slots[inserted++]);
                copied = from;
            }
        }
        return out.append(body, copied, body.length()).toString();
    }
}
