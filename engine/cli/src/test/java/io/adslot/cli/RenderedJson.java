package io.adslot.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Applies the insertions of {@code render --format json} to the input, as a host that splices them itself would. */
final class RenderedJson {

    private RenderedJson() {
    }

    static String apply(String input, JsonNode json) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (JsonNode insertion : json.get("insertions")) {
            int offset = insertion.get("offset").asInt();
            out.append(input, from, offset).append(insertion.get("html").asText());
            from = offset;
        }
        return out.append(input, from, input.length()).toString();
    }
}
