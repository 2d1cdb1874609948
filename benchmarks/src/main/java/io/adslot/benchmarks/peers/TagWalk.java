package io.adslot.benchmarks.peers;

/**
 * The least work that any scanner visiting every tag must do: find each tag's {@code <} and its
 * {@code >} with {@link String#indexOf(int, int)}, and nothing else (no names, no attributes, no text, no
 * output). Not a peer, since it inserts nothing: a reference point that shows how much of the engine's
 * scan is the bare walk from tag to tag, which the naive splice, finding only {@code </p>}, never pays.
 */
public final class TagWalk {

    private TagWalk() {
    }

    /** The number of {@code <...>} spans in {@code body}, read from left to right; a {@code <} without a {@code >} after it ends the walk. */
    public static int count(String body) {
        int tags = 0;
        int from = 0;
        while (true) {
            int lt = body.indexOf('<', from);
            if (lt < 0) {
                return tags;
            }
            int gt = body.indexOf('>', lt + 1);
            if (gt < 0) {
                return tags;
            }
            tags++;
            from = gt + 1;
        }
    }
}
