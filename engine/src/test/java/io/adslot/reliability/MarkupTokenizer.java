package io.adslot.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An independent, deliberately plain reading of HTML tokens, written from the HTML spec's tokenizer
 * states and sharing no code with the block scanner: it lists the spans where inserted markup would
 * land inside a tag (its name or attributes), a comment, or the raw text of {@code script},
 * {@code style}, {@code textarea}... A construct that the input leaves open at its end extends past
 * the end, because markup appended there would be read as part of it (an attribute value, a script).
 */
final class MarkupTokenizer {

    /** Elements whose content is text up to their own end tag. */
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");

    /** A span of the input that insertions must stay out of: offsets strictly between start and end. */
    record Span(int start, int end, String what) {
        boolean strictlyContains(int offset) {
            return start < offset && offset < end;
        }
    }

    private final String s;
    private final int n;
    private final List<Span> spans = new ArrayList<>();

    private MarkupTokenizer(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The forbidden spans of the input, in order. */
    static List<Span> spans(String html) {
        MarkupTokenizer t = new MarkupTokenizer(html);
        t.run();
        return t.spans;
    }

    private void run() {
        int i = 0;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                return;
            }
            i = afterMarkup(lt);
        }
    }

    private int afterMarkup(int lt) {
        if (lt + 1 >= n) {
            return n; // a lone '<' at the end is text; what follows it starts fresh
        }
        char c = s.charAt(lt + 1);
        if (isLetter(c)) {
            return tag(lt, lt + 1, true);
        }
        if (c == '/') {
            if (lt + 2 >= n) {
                spans.add(new Span(lt, n + 1, "'</' at the end"));
                return n;
            }
            char d = s.charAt(lt + 2);
            if (isLetter(d)) {
                return tag(lt, lt + 2, false);
            }
            if (d == '>') {
                spans.add(new Span(lt, lt + 3, "empty end tag"));
                return lt + 3;
            }
            return untilGreaterThan(lt, "bogus comment");
        }
        if (c == '!') {
            if (s.startsWith("--", lt + 2)) {
                return comment(lt);
            }
            return untilGreaterThan(lt, "markup declaration");
        }
        if (c == '?') {
            return untilGreaterThan(lt, "processing instruction");
        }
        return lt + 1;
    }

    private int untilGreaterThan(int lt, String what) {
        int gt = s.indexOf('>', lt + 2);
        if (gt < 0) {
            spans.add(new Span(lt, n + 1, "unterminated " + what));
            return n;
        }
        spans.add(new Span(lt, gt + 1, what));
        return gt + 1;
    }

    private int comment(int lt) {
        int body = lt + 4;
        if (s.startsWith(">", body)) {
            spans.add(new Span(lt, body + 1, "comment"));
            return body + 1;
        }
        if (s.startsWith("->", body)) {
            spans.add(new Span(lt, body + 2, "comment"));
            return body + 2;
        }
        for (int i = body; i < n; i++) {
            if (s.startsWith("-->", i)) {
                spans.add(new Span(lt, i + 3, "comment"));
                return i + 3;
            }
            if (s.startsWith("--!>", i)) {
                spans.add(new Span(lt, i + 4, "comment"));
                return i + 4;
            }
        }
        spans.add(new Span(lt, n + 1, "unterminated comment"));
        return n;
    }

    /** A start or end tag whose name starts at {@code nameStart}; returns the index after it. */
    private int tag(int lt, int nameStart, boolean start) {
        int i = nameStart;
        while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
            i++;
        }
        String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int end = attributesEnd(i);
        if (end < 0) {
            spans.add(new Span(lt, n + 1, "unterminated tag <" + name));
            return n;
        }
        spans.add(new Span(lt, end, (start ? "tag <" : "tag </") + name + ">"));
        if (start && RAW_TEXT.contains(name)) {
            return rawText(name, end);
        }
        return end;
    }

    /** Walks attribute states from {@code i}; the index after the closing '>', or -1 at end of input. */
    private int attributesEnd(int i) {
        while (true) {
            while (i < n && (isSpace(s.charAt(i)) || s.charAt(i) == '/')) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (s.charAt(i) == '>') {
                return i + 1;
            }
            i++; // first character of the name, which may be '='
            while (i < n && !isSpace(s.charAt(i)) && "/>=".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i < n && s.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return -1;
                }
                char q = s.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = s.indexOf(q, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    i = close + 1;
                } else {
                    while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
                        i++;
                    }
                }
            }
        }
    }

    /** Raw text from {@code from} (just after the start tag) to its end tag: no offset from {@code from} on is outside. */
    private int rawText(String name, int from) {
        if (name.equals("plaintext")) {
            spans.add(new Span(from - 1, n + 1, "plaintext"));
            return n;
        }
        int i = from;
        while (true) {
            int close = s.indexOf("</", i);
            if (close < 0) {
                spans.add(new Span(from - 1, n + 1, "unterminated " + name));
                return n;
            }
            int after = close + 2 + name.length();
            if (after <= n && s.regionMatches(true, close + 2, name, 0, name.length())
                    && (after == n || isSpace(s.charAt(after)) || s.charAt(after) == '/' || s.charAt(after) == '>')) {
                spans.add(new Span(from - 1, close + 1, name + " content"));
                return close; // the end tag itself is read as a tag
            }
            i = close + 2;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
