package io.adslot.benchmarks.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test fixtures of this package, read from {@code src/test/resources}, and helpers over peer output. */
final class Fixtures {

    static final InsertionRule RULE = InsertionRule.DEFAULT;
    static final List<String> SLOTS = SlotMarkup.forRule(RULE);

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output with every slot markup removed. */
    static String withoutSlots(String output) {
        String s = output;
        for (String slot : SLOTS) {
            s = s.replace(slot, "");
        }
        return s;
    }

    /** Where each slot markup starts in the output, translated to an offset in the input. */
    static int[] slotOffsetsInInput(String output) {
        int[] offsets = new int[SLOTS.size()];
        int count = 0;
        int removed = 0;
        for (String slot : SLOTS) {
            int at = output.indexOf(slot);
            if (at < 0) {
                break;
            }
            offsets[count++] = at - removed;
            removed += slot.length();
        }
        return java.util.Arrays.copyOf(offsets, count);
    }
}
