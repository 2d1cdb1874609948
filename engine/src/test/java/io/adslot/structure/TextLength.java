package io.adslot.structure;

/** Visible text chars (whitespace runs trimmed) of a range of a page, as the structure walk reads it. */
final class TextLength implements TagWalk.Listener {

    private final String src;
    private long chars;

    private TextLength(String src) {
        this.src = src;
    }

    static long of(String src, int from, int to) {
        TextLength counter = new TextLength(src);
        new TagWalk(src, from, to, counter).run();
        return counter.chars;
    }

    /**
     * True when the two element ranges hold the same article: one is inside the other and the smaller holds
     * at least 90% of the larger's text.
     */
    static boolean sameArticle(String src, int aStart, int aEnd, int bStart, int bEnd) {
        boolean nested = (aStart <= bStart && bEnd <= aEnd) || (bStart <= aStart && aEnd <= bEnd);
        if (!nested) {
            return false;
        }
        long a = of(src, aStart, aEnd);
        long b = of(src, bStart, bEnd);
        return Math.min(a, b) >= 0.9 * Math.max(a, b);
    }

    @Override
    public void open(Tag tag, int depth) {
    }

    @Override
    public void close(int depth, int end) {
    }

    @Override
    public void text(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!TagWalk.isSpace(src.charAt(i))) {
                chars++;
            }
        }
    }
}
