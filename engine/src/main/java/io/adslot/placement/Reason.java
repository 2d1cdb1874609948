package io.adslot.placement;

import io.adslot.article.BlockKind;

/**
 * Why a placement accepted or rejected a boundary, turned into words for a publisher only when the
 * plan is complete (reasons may name slots, whose ids come last).
 */
sealed interface Reason {

    String text();

    static Reason of(String text) {
        return new Fixed(text);
    }

    /** A reason whose words are known at once. */
    record Fixed(String text) implements Reason {
    }

    /** Another slot already stands at the boundary. */
    record Occupied(PlacedSlot other) implements Reason {
        @Override
        public String text() {
            return "slot " + other.slotId() + " is already here";
        }
    }

    /** Another slot stands next to the boundary with nothing visible between them. */
    record NextToSlot(PlacedSlot other) implements Reason {
        @Override
        public String text() {
            return "directly next to slot " + other.slotId();
        }
    }

    /** A slot of the same placement already stands further down (slots of a placement go down the article). */
    record BelowOwnSlot(PlacedSlot other) implements Reason {
        @Override
        public String text() {
            return "above slot " + other.slotId() + ", which this placement already placed further down";
        }
    }

    /** Too close to a slot, or to the article's start or end when {@code other} is null. */
    record TooClose(PlacedSlot other, String edge, Need.Shortfall shortfall) implements Reason {
        @Override
        public String text() {
            String what = other != null ? "slot " + other.slotId() : edge;
            return "too close to " + what + ": " + shortfall;
        }
    }

    /** A candidate moved to a nearby boundary because its own boundary was blocked. */
    record Moved(String candidate, int steps, Reason blocked) implements Reason {
        @Override
        public String text() {
            String direction = steps > 0 ? "down " + steps : "up " + (-steps);
            return candidate + ", moved " + direction + " (" + blocked.text() + ")";
        }
    }

    /** A nearby boundary tried in place of a blocked candidate, and rejected too. */
    record Tried(String candidate, Reason rejected) implements Reason {
        @Override
        public String text() {
            return "tried instead of " + candidate + ": " + rejected.text();
        }
    }

    /** {@code a heading}, {@code an embed}: a block kind as a phrase. */
    static String phrase(BlockKind kind) {
        switch (kind) {
            case HEADING: return "a heading";
            case LIST: return "a list";
            case TABLE: return "a table";
            case FIGURE: return "a figure";
            case BLOCKQUOTE: return "a blockquote";
            case EMBED: return "an embed";
            case PRE: return "preformatted text";
            case HR: return "a thematic break";
            case TEXT: return "loose text";
            case PARAGRAPH: return "a paragraph";
            default: return "an other block";
        }
    }
}
