package io.adslot.render;

/**
 * JSON string literals for the few JSON values slot templates print (targeting, sizes). The engine has no
 * JSON library at run time, and these values need only string quoting.
 */
final class JsonText {

    private JsonText() {
    }

    /** {@code "text"} with quotes, backslashes, control characters and U+2028/U+2029 escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
