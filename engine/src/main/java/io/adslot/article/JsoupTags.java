package io.adslot.article;

import java.util.Set;

/**
 * The tag names jsoup 1.22 knows. jsoup reads an "any other start tag" of a name it does not know (a custom
 * element, {@code picture}, {@code slot}, {@code dialog}) without reconstructing the active formatting
 * elements first: after {@code <p><font></p><picture>} the picture stands outside the font, where the
 * Standard reopens the font around it. {@code JsoupTagsTest} holds this list to jsoup's own.
 */
final class JsoupTags {

    /** Names the engine's tag table knows and jsoup does not. */
    private static final Set<String> UNKNOWN_TO_JSOUP = Set.of("dialog", "image", "math", "picture", "search", "slot", "svg");
    /** Names jsoup knows and the engine's tag table does not. */
    private static final Set<String> KNOWN_ONLY_TO_JSOUP = Set.of(
            "acronym", "applet", "command", "datalist", "legend", "marquee", "menuitem", "meter", "progress", "rb", "rtc");

    private JsoupTags() {
    }

    /** Whether jsoup knows the lower-case tag name {@code name}. */
    static boolean knows(String name) {
        return TagInfo.known(name) != null ? !UNKNOWN_TO_JSOUP.contains(name) : KNOWN_ONLY_TO_JSOUP.contains(name);
    }
}
