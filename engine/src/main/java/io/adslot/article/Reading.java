package io.adslot.article;

/**
 * A way to read the same token stream: a gap is usable only where every reading agrees it is. The
 * browser's reading with scripting on is the one blocks are derived from; the others only veto gaps.
 * They part where a {@code <noscript>} starts (raw text with scripting on, markup with it off); the raw
 * text ends jsoup reads differently are settled in the tokenizer ({@link HtmlTokenizer#readRawText}).
 */
enum Reading {
    /** A browser with scripting on: every browser that shows ads. */
    BROWSER(true),
    /** Scripting off: crawlers, reader modes, feed readers; {@code <noscript>} holds markup. */
    SCRIPTING_OFF(false);

    final boolean scripting;

    Reading(boolean scripting) {
        this.scripting = scripting;
    }
}
