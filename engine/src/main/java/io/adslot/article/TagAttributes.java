package io.adslot.article;

import java.util.Arrays;
import java.util.List;

/**
 * The few attributes of the current start tag that the scanner acts on: class and id (atomic
 * selectors), {@code data-adslot} (no-slot zones), width and height (declared media size), and any
 * attribute an atomic selector names. Reused across tags; holds source ranges, not strings.
 */
final class TagAttributes {

    private final List<AtomicSelector> selectors;
    private final boolean[] selectorAttributePresent;
    private final int[] selectorValueStart;
    private final int[] selectorValueEnd;

    /** True when some {@link #selectorAttributePresent} flag is set: most tags have none to clear. */
    private boolean anySelectorAttribute;

    int classStart;
    int classEnd;
    int idStart;
    int idEnd;
    boolean adslotOff;
    int width;
    int height;
    /** A {@code color}, {@code face} or {@code size} attribute: a {@code <font>} with one breaks out of SVG and MathML. */
    boolean colorFaceOrSize;
    /** {@code encoding="text/html"} or {@code "application/xhtml+xml"}: an {@code annotation-xml} holding HTML. */
    boolean htmlEncoding;
    /**
     * Set when the scan records the tree's shape for the structure pass, which then reads a start tag's attributes
     * from here ({@link #ranges}, {@link #onlyPlain}), not from the tag again; a plain scan spends nothing on them.
     */
    private final boolean forStructure;
    /** Every attribute so far is one of {@link ElementShape#PLAIN_ATTRIBUTES} (kept {@link #forStructure} only). */
    boolean onlyPlain;
    /** Each attribute's name and value range, four ints each, the tag's {@link #count} of them ({@link #forStructure} only). */
    int[] ranges = new int[16];
    int count;

    TagAttributes(List<AtomicSelector> selectors, boolean forStructure) {
        this.selectors = selectors;
        this.forStructure = forStructure;
        this.selectorAttributePresent = new boolean[selectors.size()];
        this.selectorValueStart = new int[selectors.size()];
        this.selectorValueEnd = new int[selectors.size()];
    }

    void reset() {
        classStart = classEnd = idStart = idEnd = -1;
        adslotOff = false;
        width = height = 0;
        colorFaceOrSize = htmlEncoding = false;
        onlyPlain = true;
        count = 0;
        if (anySelectorAttribute) {
            Arrays.fill(selectorAttributePresent, false);
            anySelectorAttribute = false;
        }
    }

    /** One attribute: name {@code src[nameStart, nameEnd)}, value {@code src[valueStart, valueEnd)} (empty when absent). */
    void add(String src, int nameStart, int nameEnd, int valueStart, int valueEnd) {
        int length = nameEnd - nameStart;
        if (forStructure) {
            if (onlyPlain && !ElementShape.isPlainAttribute(src, nameStart, length)) {
                onlyPlain = false;
            }
            int at = count * 4;
            if (at == ranges.length) {
                ranges = Arrays.copyOf(ranges, at * 2);
            }
            ranges[at] = nameStart;
            ranges[at + 1] = nameEnd;
            ranges[at + 2] = valueStart;
            ranges[at + 3] = valueEnd;
            count++;
        }
        if (length == 5 && is(src, nameStart, "class")) {
            classStart = valueStart;
            classEnd = valueEnd;
        } else if (length == 2 && is(src, nameStart, "id")) {
            idStart = valueStart;
            idEnd = valueEnd;
        } else if (length == 11 && is(src, nameStart, "data-adslot")) {
            adslotOff = valueEnd - valueStart == 3 && is(src, valueStart, "off");
        } else if (length == 5 && is(src, nameStart, "width")) {
            width = pixels(src, valueStart, valueEnd);
        } else if (length == 6 && is(src, nameStart, "height")) {
            height = pixels(src, valueStart, valueEnd);
        } else if ((length == 5 && is(src, nameStart, "color"))
                || (length == 4 && (is(src, nameStart, "face") || is(src, nameStart, "size")))) {
            colorFaceOrSize = true;
        } else if (length == 8 && is(src, nameStart, "encoding")) {
            int valueLength = valueEnd - valueStart;
            htmlEncoding = (valueLength == 9 && is(src, valueStart, "text/html"))
                    || (valueLength == 21 && is(src, valueStart, "application/xhtml+xml"));
        }
        for (int i = 0; i < selectors.size(); i++) {
            String attribute = selectors.get(i).attribute();
            if (attribute != null && attribute.length() == length && is(src, nameStart, attribute)) {
                selectorAttributePresent[i] = true;
                anySelectorAttribute = true;
                selectorValueStart[i] = valueStart;
                selectorValueEnd[i] = valueEnd;
            }
        }
    }

    /** True when any atomic selector matches the element {@code tag} with these attributes. */
    boolean matchesAnySelector(String src, String tag) {
        for (int i = 0; i < selectors.size(); i++) {
            AtomicSelector s = selectors.get(i);
            if (s.tag() != null && !s.tag().equals(tag)) {
                continue;
            }
            if (s.className() != null && !hasClass(src, s.className())) {
                continue;
            }
            if (s.id() != null && !(idEnd - idStart == s.id().length() && src.startsWith(s.id(), idStart))) {
                continue;
            }
            if (s.attribute() != null) {
                if (!selectorAttributePresent[i]) {
                    continue;
                }
                String value = s.value();
                if (value != null && !(selectorValueEnd[i] - selectorValueStart[i] == value.length()
                        && src.startsWith(value, selectorValueStart[i]))) {
                    continue;
                }
            }
            return true;
        }
        return false;
    }

    private boolean hasClass(String src, String className) {
        if (classStart < 0) {
            return false;
        }
        int i = classStart;
        while (i < classEnd) {
            while (i < classEnd && isSpace(src.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < classEnd && !isSpace(src.charAt(i))) {
                i++;
            }
            if (i - start == className.length() && src.startsWith(className, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** ASCII case-insensitive match of {@code lower} at {@code src[at...]}; the caller checked the length. */
    static boolean is(String src, int at, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = src.charAt(at + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The leading integer of a length attribute ({@code 300}, {@code 300px}); 0 for percentages or garbage. */
    private static int pixels(String src, int start, int end) {
        int value = 0;
        int i = start;
        while (i < end && src.charAt(i) == ' ') {
            i++;
        }
        int digits = 0;
        while (i < end && src.charAt(i) >= '0' && src.charAt(i) <= '9' && digits < 6) {
            value = value * 10 + (src.charAt(i) - '0');
            i++;
            digits++;
        }
        if (i < end && src.charAt(i) == '%') {
            return 0;
        }
        return value;
    }
}
