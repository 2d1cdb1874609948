package io.adslot.placement;

import io.adslot.article.Marker;
import java.util.List;

/**
 * Reads an {@code <!-- adslot:here -->} marker: bare, it pins a slot for the highest-priority placement
 * that applies; {@code <!-- adslot:here newsletter -->} pins one for the placement with that id only. The
 * scanner keeps the whole instruction ({@code "here newsletter"}), so the name is read here, not there.
 */
final class PinMarker {

    private static final String HERE = "here";

    private PinMarker() {
    }

    /**
     * The placement id a marker names: empty for a bare {@code adslot:here}, null when the marker is not an
     * {@code adslot:here} marker at all ({@code adslot:off}, {@code adslot:hereafter}).
     */
    static String placementNamed(Marker marker) {
        String name = marker.name();
        if (!name.startsWith(HERE)) {
            return null;
        }
        if (name.length() == HERE.length()) {
            return "";
        }
        if (!Character.isWhitespace(name.charAt(HERE.length()))) {
            return null;
        }
        return name.substring(HERE.length()).strip();
    }

    /** The words for a marker naming a placement the rule set lacks. */
    static String unknown(String named, List<String> known) {
        return "warning: adslot:here names placement \"" + named + "\", which these rules do not have"
                + " (placements: " + String.join(", ", known) + ")";
    }
}
