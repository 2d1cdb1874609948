package io.adslot.render;

import io.adslot.placement.Plan;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import java.io.IOException;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The slots of one article and page with their markup rendered, ready to splice into the input.
 *
 * <p>This is what the decision cache holds: preparing it runs the templates; splicing it only copies.
 * The splice builds the output in a reused, pre-sized {@link StringBuilder} of the output's coder ({@link SpliceBuffer}), appending
 * the input's slices between insertion offsets and the prepared markup, so a cached render costs about one
 * copy of the output and allocates little more than the output string.
 */
public final class PreparedPlan {

    private static final PreparedPlan EMPTY = new PreparedPlan(null, List.of(), false);

    private final int inputLength;
    private final List<PreparedSlot> slots;
    private final int[] offsets;
    private final String[] markups;
    private final int markupLength;
    /** {@link BodyFingerprint} of the input the plan was made for: an identity check of the whole body. */
    private final long inputFingerprint;
    /** The input the plan was made for, while the host holds it: passing the same string again needs no check. */
    private final WeakReference<String> madeFor;
    /** True when the output holds a char above U+00FF, so that it is built in a UTF-16 builder. */
    private final boolean utf16Output;

    private PreparedPlan(String input, List<PreparedSlot> slots, boolean reused) {
        this.inputLength = input == null ? -1 : input.length();
        this.slots = slots;
        this.offsets = new int[slots.size()];
        this.markups = new String[slots.size()];
        int total = 0;
        boolean utf16Markup = false;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = slots.get(i).offset();
            markups[i] = slots.get(i).markup();
            total += markups[i].length();
            utf16Markup |= BodyFingerprint.isUtf16(markups[i]);
        }
        this.markupLength = total;
        if (input == null || slots.isEmpty()) {
            this.inputFingerprint = 0;
            this.utf16Output = utf16Markup;
        } else if (reused) {
            BodyFingerprint.Facts facts = BodyFingerprint.of(input);
            this.inputFingerprint = facts.fingerprint();
            this.utf16Output = utf16Markup || facts.utf16();
        } else {
            this.inputFingerprint = 0;
            this.utf16Output = utf16Markup || BodyFingerprint.isUtf16(input);
        }
        this.madeFor = new WeakReference<>(input);
    }

    /** No slots: the input comes back as it is. */
    public static PreparedPlan empty() {
        return EMPTY;
    }

    /**
     * Renders every decision of a plan with the templates, for a plan that is kept (cached) and checked with
     * {@link #fits(String)} before each later splice.
     *
     * @param input the input the plan was made for (its length guards later splices)
     * @throws IllegalStateException when the plan's offsets are not ascending within the input
     * @throws RuntimeException      whatever a template throws
     */
    public static PreparedPlan prepare(String input, Plan plan, SlotTemplates templates, ContextValues context) {
        return prepare(input, plan, templates, context, true);
    }

    /**
     * As {@link #prepare}, for a plan spliced once into the input it was made for (the decision cache is off):
     * it skips the body's fingerprint, so {@link #fits(String)} holds only for that same string.
     */
    public static PreparedPlan prepareOnce(String input, Plan plan, SlotTemplates templates, ContextValues context) {
        return prepare(input, plan, templates, context, false);
    }

    private static PreparedPlan prepare(String input, Plan plan, SlotTemplates templates, ContextValues context,
                                        boolean reused) {
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
        return new PreparedPlan(input, Collections.unmodifiableList(prepared), reused);
    }

    /** The prepared slots in document order. */
    public List<PreparedSlot> slots() {
        return slots;
    }

    /**
     * A guard against a stale cache entry (a host that reused an id and revision for an edited body): true
     * when the plan has no slots, or the input is the string the plan was made for, or it has that string's
     * length and {@link BodyFingerprint fingerprint}. An edit of the same length anywhere in the body (a new
     * {@code <blockquote>} where a slot stood) changes the fingerprint. The fingerprint is one pass of bulk
     * copies and CRC32C (about the time of the copy the splice makes anyway), and free when the host passes
     * the same string again.
     */
    public boolean fits(String input) {
        return slots.isEmpty() || input == madeFor.get() || (input.length() == inputLength && inputFingerprint != 0
                && BodyFingerprint.of(input).fingerprint() == inputFingerprint);
    }

    /** Total characters of slot markup. */
    public int markupLength() {
        return markupLength;
    }

    /** Approximate heap bytes held, for the cache's weigher. */
    public int approximateBytes() {
        int bytes = 64 + 16 * offsets.length;
        for (PreparedSlot slot : slots) {
            bytes += 2 * slot.markup().length() + decisionBytes(slot.decision());
        }
        return bytes;
    }

    /** Approximate heap bytes of one decision, for weighers. */
    static int decisionBytes(SlotDecision d) {
        int bytes = 200 + 2 * (length(d.slotId()) + length(d.placementId()) + length(d.adUnit()) + length(d.label())
                + length(d.template())) + 40 * d.sizes().size();
        for (Map.Entry<String, String> e : d.data().entrySet()) {
            bytes += 80 + 2 * (length(e.getKey()) + length(e.getValue()));
        }
        // Targeting values are request values (context keys): weighed by their length, as the data is.
        for (Map.Entry<String, List<String>> e : d.targeting().entrySet()) {
            bytes += 80 + 2 * length(e.getKey());
            for (String value : e.getValue()) {
                bytes += 24 + 2 * length(value);
            }
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
        StringBuilder out = SpliceBuffer.take(input.length() + markupLength, utf16Output);
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
