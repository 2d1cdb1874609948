package io.adslot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article of an archive export: a JSON object with {@code id}, optional {@code revision}, {@code body}
 * (the HTML) and any other fields as the page context ({@code section}, {@code tags}, {@code page_type}...).
 *
 * <p>The same parser reads a line of a JSON Lines archive for {@code adslot simulate --jsonl} and each record
 * of the Spark job (a JSON line, or a Parquet row written as JSON), so that a record is good or bad, and
 * means the same, everywhere. A record parses to an {@link Article}, or is {@link Rejected} with a reason,
 * never an exception.
 */
sealed interface ArchiveRecord {

    /**
     * A good record.
     *
     * @param id       the article's id (text, or a whole number written as text)
     * @param revision the revision, or null
     * @param body     the article HTML
     * @param bytes    the body's size in UTF-8
     * @param context  the other fields as context values, keys lower-cased, in record order
     */
    record Article(String id, String revision, String body, long bytes, Map<String, List<String>> context)
            implements ArchiveRecord {

        /** How reports name the article: its id, with {@code @revision} when the record has one. */
        String name() {
            return revision == null ? id : id + "@" + revision;
        }
    }

    /**
     * A bad record.
     *
     * @param id     the record's id when it had a usable one, else null
     * @param reason what is wrong, for people
     */
    record Rejected(String id, String reason) implements ArchiveRecord {

        /** The reason, after the id when there is one. */
        String describe() {
            return id == null ? reason : "record " + id + ": " + reason;
        }
    }

    String ID = "id";
    String REVISION = "revision";
    String BODY = "body";

    /**
     * The longest record text read, in chars: room for a body of {@code maxBytes} with escapes and the
     * context fields. A longer line is refused unread, so that memory stays bounded by the size limit.
     */
    static long maxRecordChars(long maxBytes) {
        return maxBytes * 2 + 1024 * 1024;
    }

    /** Why a record longer than {@link #maxRecordChars} is refused. */
    static String tooLong(long maxBytes) {
        return "record too large: more than " + ArticleFile.megabytes(maxRecordChars(maxBytes))
                + " of JSON (raise --max-bytes to read it)";
    }

    /** Parses one record's JSON text, refusing a body over {@code maxBytes} in UTF-8. */
    static ArchiveRecord parse(String json, long maxBytes) {
        if (json.length() > maxRecordChars(maxBytes)) {
            return new Rejected(null, tooLong(maxBytes));
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new Rejected(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new Rejected(null, "not a JSON object; each record is {\"id\": ..., \"body\": \"<p>...\"}");
        }
        String id = scalar(root.get(ID));
        if (id == null || id.isBlank()) {
            return new Rejected(null, "no \"id\" (text or a whole number)");
        }
        JsonNode revisionNode = root.get(REVISION);
        String revision = scalar(revisionNode);
        if (revisionNode != null && !revisionNode.isNull() && revision == null) {
            return new Rejected(id, "\"revision\" must be text or a number");
        }
        JsonNode bodyNode = root.get(BODY);
        if (bodyNode == null || bodyNode.isNull()) {
            return new Rejected(id, "no \"body\"");
        }
        if (!bodyNode.isTextual()) {
            return new Rejected(id, "\"body\" must be the article's HTML as text");
        }
        String body = bodyNode.textValue();
        if (body.isBlank()) {
            return new Rejected(id, "empty \"body\"");
        }
        long bytes = utf8Length(body);
        if (bytes > maxBytes) {
            return new Rejected(id, "body too large: " + ArticleFile.megabytes(bytes) + " > "
                    + ArticleFile.megabytes(maxBytes) + " (raise --max-bytes to read it)");
        }
        Map<String, List<String>> context = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey().strip().toLowerCase(Locale.ROOT);
            if (key.equals(ID) || key.equals(REVISION) || key.equals(BODY) || field.getValue().isNull()) {
                continue;
            }
            List<String> values = contextValues(key, field.getValue());
            if (values == null) {
                return new Rejected(id, "context field \"" + field.getKey() + "\" must be text, a number, true/false"
                        + " or a list of them");
            }
            if (!values.isEmpty()) {
                context.put(key, values);
            }
        }
        return new Article(id, revision, body, bytes, context);
    }

    /** A field's values as {@code --context} would give them ({@code tags} text splits at commas), or null. */
    private static List<String> contextValues(String key, JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                String text = scalar(item);
                if (text == null) {
                    return null;
                }
                if (!text.isBlank()) {
                    values.add(text.strip());
                }
            }
            return values;
        }
        String text = scalar(value);
        if (text == null) {
            return null;
        }
        for (String part : key.equals("tags") ? text.split(",", -1) : new String[] {text}) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    /** Text, a number or a boolean as text; null for anything else (objects, arrays, null). */
    private static String scalar(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.asText();
    }

    /** The UTF-8 size of {@code text} without encoding it (a lone surrogate is one byte, {@code ?}, as Java encodes it). */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The parser, shared (it is thread-safe). */
    final class Json {
        /** Jackson's default cap on a string (20 M chars) would refuse a body the size limit allows. */
        static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build());

        private Json() {
        }
    }
}
