package io.adslot.reliability;

import java.util.List;
import java.util.Optional;

/**
 * The "nothing lost" check: removes every inserted piece of markup from the output, using the
 * insertions' own offsets, and compares what is left with the input character by character.
 *
 * <p>It trusts nothing but the offsets: each insertion must be found verbatim at the place its offset
 * and the earlier insertions' lengths predict, the offsets must ascend and lie inside the input, and
 * the remainder must equal the input exactly. The first discrepancy is reported with its position.
 */
final class PreservationCheck {

    private PreservationCheck() {
    }

    /** Empty when the output is the input plus exactly the given insertions; otherwise what is wrong. */
    static Optional<String> violation(String input, String output, List<Splice> insertions) {
        StringBuilder remainder = new StringBuilder(input.length());
        int outPos = 0;
        int inPos = 0;
        for (int k = 0; k < insertions.size(); k++) {
            Splice s = insertions.get(k);
            if (s.offset() < inPos || s.offset() > input.length()) {
                return Optional.of("insertion " + k + " has offset " + s.offset() + ", outside [" + inPos + ", "
                        + input.length() + "]");
            }
            int copied = s.offset() - inPos;
            if (outPos + copied > output.length()) {
                return Optional.of("output ends at " + output.length() + " before insertion " + k + " at input offset "
                        + s.offset());
            }
            remainder.append(output, outPos, outPos + copied);
            outPos += copied;
            inPos = s.offset();
            if (!output.startsWith(s.html(), outPos)) {
                return Optional.of("insertion " + k + " (" + abbreviate(s.html()) + ") not found at output index " + outPos
                        + " (input offset " + s.offset() + "); found " + abbreviate(output.substring(outPos,
                        Math.min(output.length(), outPos + 40))));
            }
            outPos += s.html().length();
        }
        remainder.append(output, outPos, output.length());
        return firstDifference(input, remainder);
    }

    private static Optional<String> firstDifference(String input, CharSequence rest) {
        int common = Math.min(input.length(), rest.length());
        for (int i = 0; i < common; i++) {
            if (input.charAt(i) != rest.charAt(i)) {
                return Optional.of("output minus insertions differs from the input at index " + i + ": expected "
                        + describe(input.charAt(i)) + " but was " + describe(rest.charAt(i)));
            }
        }
        if (input.length() != rest.length()) {
            return Optional.of("output minus insertions has " + rest.length() + " characters, the input " + input.length());
        }
        return Optional.empty();
    }

    private static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }

    static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
