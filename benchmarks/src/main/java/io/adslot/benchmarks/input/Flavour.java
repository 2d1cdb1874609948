package io.adslot.benchmarks.input;

/**
 * The two kinds of text a generated article is written in.
 *
 * <p>Why both: Java keeps a string whose characters all fit in one byte (Latin-1) in a compact
 * {@code byte[]}, and any other string in UTF-16. Real articles are full of typographic quotes and
 * dashes, so they are UTF-16 strings, and copying or splicing ranges of them is several times slower
 * on JDK 17 than for Latin-1 strings. A benchmark that only measures ASCII text flatters every contender.
 */
public enum Flavour {
    /** ASCII only: straight quotes, hyphens, three dots. Java stores such a string as Latin-1. */
    LATIN1("\"", "\"", "'", " - ", "-", "..."),
    /** Typographic quotes “ ” ‘ ’, dashes — –, ellipsis …: Java stores such a string as UTF-16. */
    UTF16("\u201C", "\u201D", "\u2019", " \u2014 ", "\u2013", "\u2026");

    private final String openQuote;
    private final String closeQuote;
    private final String apostrophe;
    private final String sentenceDash;
    private final String rangeDash;
    private final String ellipsis;

    Flavour(String openQuote, String closeQuote, String apostrophe, String sentenceDash, String rangeDash,
            String ellipsis) {
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
        this.apostrophe = apostrophe;
        this.sentenceDash = sentenceDash;
        this.rangeDash = rangeDash;
        this.ellipsis = ellipsis;
    }

    String openQuote() {
        return openQuote;
    }

    String closeQuote() {
        return closeQuote;
    }

    /** Apostrophe in contractions ({@code it's}); also the single closing quote in {@link #UTF16}. */
    String apostrophe() {
        return apostrophe;
    }

    /** A dash between clauses, with its spaces. */
    String sentenceDash() {
        return sentenceDash;
    }

    /** A dash in number ranges ({@code 2019-2024}). */
    String rangeDash() {
        return rangeDash;
    }

    String ellipsis() {
        return ellipsis;
    }
}
