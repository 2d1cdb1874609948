package io.adslot.render;

import io.adslot.placement.Plan;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The slots of one article and page with their markup rendered, ready to splice into the input.
 *
 * <p>This is what the decision cache holds: preparing it runs the templates; splicing it only copies.
 * The splice builds the output in a reused, pre-sized {@link StringBuilder} ({@link SpliceBuffer}), appending
 * the input's slices between insertion offsets and the prepared markup, so a cached render costs about one
 * copy of the output and allocates little more than the output string.
 */
public final class PreparedPlan {

    private static final PreparedPlan EMPTY = new PreparedPlan(null, List.of());

    private final int inputLength;
    private final List<PreparedSlot> slots;
    private final int[] offsets;
    private final String[] markups;
    private final int markupLength;
    /** The few characters before each offset in the input the plan was made for: a cheap identity check. */
    private final String[] contextBefore;

    /** How many characters before each offset {@link #fits(String)} compares. */
    private static final int CONTEXT_CHARS = 8;

    private PreparedPlan(String input, List<PreparedSlot> slots) {
        this.inputLength = input == null ? -1 : input.length();
        this.slots = slots;
        this.offsets = new int[slots.size()];
        this.markups = new String[slots.size()];
        this.contextBefore = new String[slots.size()];
        int total = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = slots.get(i).offset();
            markups[i] = slots.get(i).markup();
            contextBefore[i] = input.substring(Math.max(0, offsets[i] - CONTEXT_CHARS), offsets[i]);
            total += markups[i].length();
        }
        this.markupLength = total;
    }

    /** No slots: the input comes back as it is. */
    public static PreparedPlan empty() {
        return EMPTY;
    }

    /**
     * Renders every decision of a plan with the templates.
     *
     * @param input the input the plan was made for (its length guards later splices)
     * @throws IllegalStateException when the plan's offsets are not ascending within the input
     * @throws RuntimeException      whatever a template throws
     */
    public static PreparedPlan prepare(String input, Plan plan, SlotTemplates templates, ContextValues context) {
        List<PreparedSlot> prepared = new ArrayList<>(plan.slots().size());
        int last = 0;
        for (SlotDecision decision : plan.slots()) {
            if (decision.offset() < last || decision.offset() > input.length()) {
                throw new IllegalStateException("slot " + decision.slotId() + " at offset " + decision.offset()
                        + " is out of order or outside the input (length " + input.length() + ")");
            }
            last = decision.offset();
            prepared.add(new PreparedSlot(decision, templates.render(decision, context)));
        }
        return new PreparedPlan(input, Collections.unmodifiableList(prepared));
    }

    /** The prepared slots in document order. */
    public List<PreparedSlot> slots() {
        return slots;
    }

    /**
     * A cheap guard against a stale cache entry (a host that reused a revision for an edited body): true
     * when the plan has no slots, or the input has the length of the one the plan was made for and the same
     * few characters before every insertion offset. It costs a few comparisons per slot, not a pass over
     * the input.
     */
    public boolean fits(String input) {
        if (slots.isEmpty()) {
            return true;
        }
        if (input.length() != inputLength) {
            return false;
        }
        for (int i = 0; i < offsets.length; i++) {
            String before = contextBefore[i];
            if (!input.regionMatches(offsets[i] - before.length(), before, 0, before.length())) {
                return false;
            }
        }
        return true;
    }

    /** Total characters of slot markup. */
    public int markupLength() {
        return markupLength;
    }

    /** Approximate heap bytes held, for the cache's weigher. */
    public int approximateBytes() {
        int bytes = 64 + (16 + 40 + 2 * CONTEXT_CHARS) * offsets.length;
        for (PreparedSlot slot : slots) {
            SlotDecision d = slot.decision();
            bytes += 200 + 2 * (slot.markup().length() + length(d.slotId()) + length(d.placementId())
                    + length(d.adUnit()) + length(d.label()) + length(d.template()))
                    + 40 * d.sizes().size() + 80 * (d.data().size() + d.targeting().size());
        }
        return bytes;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** The input with every slot's markup inserted at its offset. */
    public String splice(String input) {
        if (offsets.length == 0) {
            return input;
        }
        StringBuilder out = SpliceBuffer.take(input.length() + markupLength);
        int from = 0;
        for (int i = 0; i < offsets.length; i++) {
            out.append(input, from, offsets[i]).append(markups[i]);
            from = offsets[i];
        }
        return out.append(input, from, input.length()).toString();
    }

    /**
     * Writes the same output as {@link #splice(String)} to {@code out}, slice by slice, without a copy of the
     * whole. A {@link Writer} gets {@code write(String, off, len)}, because {@code Writer.append} of a range
     * would copy each slice into a new string first.
     */
    public void spliceTo(String input, Appendable out) throws IOException {
        if (out instanceof Writer writer) {
            spliceTo(input, writer);
            return;
        }
        int from = 0;
        for (int i = 0; i < offsets.length; i++) {
            out.append(input, from, offsets[i]).append(markups[i]);
            from = offsets[i];
        }
        out.append(input, from, input.length());
    }

    private void spliceTo(String input, Writer out) throws IOException {
        int from = 0;
        for (int i = 0; i < offsets.length; i++) {
            out.write(input, from, offsets[i] - from);
            out.write(markups[i]);
            from = offsets[i];
        }
        out.write(input, from, input.length() - from);
    }
}
