package io.adslot.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming YAML parser, keeping the line and
 * column of every key and value.
 *
 * <p>Rule files come from people and sometimes from the internet, so the reader is defensive: the text
 * is capped in size, the nesting depth is capped, and aliases are counted the way an expanding loader
 * would see them. Jackson's streaming parser reports an alias as a bare name without expanding it; this
 * reader resolves it to the anchored node (sharing, not copying, the subtree) and adds the anchored
 * subtree's full size to a running total, so a "billion laughs" document is rejected after a few
 * hundred thousand virtual nodes instead of being walked. The tree is built with an explicit stack,
 * never by recursion.
 */
final class YamlTreeReader {

    /** Largest rule file accepted, in characters (SnakeYAML is given the same limit in code points). */
    static final int MAX_CHARS = 3 * 1024 * 1024;
    /** Most aliases that may point at a list or mapping. */
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Most values in the document after expanding aliases. */
    static final long MAX_NODES = 100_000;
    /** Deepest nesting of lists and mappings. */
    static final int MAX_DEPTH = 40;

    private static final String TOO_LARGE = "rule file too large / too many aliases: ";

    private static final AnchorAwareYamlFactory FACTORY = new AnchorAwareYamlFactory(loaderOptions());

    private YamlTreeReader() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(true); // reported by this reader, with both positions
        return options;
    }

    /** A collection being read, with its size so far (counting aliased subtrees in full). */
    private static final class Frame {
        final boolean mapping;
        final SourcePosition position;
        final String anchor;
        final List<YamlNode.Entry> entries = new ArrayList<>();
        final List<YamlNode> items = new ArrayList<>();
        final Map<String, SourcePosition> keyPositions = new HashMap<>();
        String pendingKey;
        SourcePosition pendingKeyPosition;
        long weight = 1;

        Frame(boolean mapping, SourcePosition position, String anchor) {
            this.mapping = mapping;
            this.position = position;
            this.anchor = anchor;
        }
    }

    /** A finished node with its expanded size. */
    private record Anchored(YamlNode node, long weight) {
    }

    /**
     * Reads one YAML document. Returns null when the text is not usable (every reason is in
     * {@code problems}).
     */
    static YamlNode read(String text, String file, ProblemCollector problems) {
        problems.registerFile(file);
        SourcePosition start = new SourcePosition(file, 1, 1);
        if (text.length() > MAX_CHARS) {
            problems.error(start, TOO_LARGE + text.length() + " characters, at most " + MAX_CHARS
                    + " are accepted; split the file and use extends");
            return null;
        }
        try (AnchorAwareYamlFactory.Parser parser = (AnchorAwareYamlFactory.Parser) FACTORY.createParser(new WholeCodePointReader(text))) {
            return readTree(parser, file, problems);
        } catch (JsonProcessingException e) {
            problems.error(syntaxPosition(e, file), syntaxMessage(e, text));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.error(start, "cannot read YAML: " + e.getMessage());
            return null;
        }
    }

    private static YamlNode readTree(AnchorAwareYamlFactory.Parser parser, String file, ProblemCollector problems) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        Map<String, Anchored> anchors = new HashMap<>();
        long total = 0;
        int collectionAliases = 0;
        YamlNode root = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            SourcePosition at = position(parser.currentTokenLocation(), file);
            if (token == JsonToken.FIELD_NAME) {
                Frame top = stack.peek();
                String key = parser.currentName();
                SourcePosition earlier = top.keyPositions.putIfAbsent(key, at);
                if (earlier != null) {
                    problems.error(at, "duplicate key \"" + key + "\" (first written at line " + earlier.line()
                            + "); keep one of them");
                }
                top.pendingKey = key;
                top.pendingKeyPosition = at;
                continue;
            }
            if (root != null) {
                problems.error(at, "a rule file holds one YAML document; remove the second document (after ---)");
                return null;
            }
            Anchored finished;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (stack.size() >= MAX_DEPTH) {
                    problems.error(at, TOO_LARGE + "lists and mappings nested more than " + MAX_DEPTH + " deep");
                    return null;
                }
                stack.push(new Frame(token == JsonToken.START_OBJECT, at, parser.anchor()));
                continue;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                Frame done = stack.pop();
                YamlNode node = done.mapping
                        ? new YamlNode.Mapping(applyMergeKey(done.entries, problems), done.position)
                        : new YamlNode.Sequence(done.items, done.position);
                finished = new Anchored(node, done.weight);
                if (done.anchor != null) {
                    anchors.put(done.anchor, finished);
                }
            } else if (parser.isCurrentAlias()) {
                String name = parser.getText();
                Anchored target = anchors.get(name);
                if (target == null) {
                    problems.error(at, "alias *" + name + " refers to no anchor &" + name
                            + " written before it; define the anchor first");
                    return null;
                }
                if (!(target.node() instanceof YamlNode.Scalar) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    problems.error(at, TOO_LARGE + "more than " + MAX_COLLECTION_ALIASES
                            + " aliases to lists or mappings; write the values out or use defaults and extends");
                    return null;
                }
                finished = target;
            } else {
                YamlNode.Scalar scalar = scalar(parser, token, at);
                finished = new Anchored(scalar, 1);
                String anchor = parser.anchor();
                if (anchor != null) {
                    anchors.put(anchor, finished);
                }
            }
            total += finished.weight();
            if (total > MAX_NODES) {
                problems.error(at, TOO_LARGE + "more than " + MAX_NODES
                        + " values after expanding aliases; a rule file needs far fewer");
                return null;
            }
            Frame parent = stack.peek();
            if (parent == null) {
                root = finished.node();
            } else if (parent.mapping) {
                parent.entries.removeIf(e -> e.key().equals(parent.pendingKey));
                parent.entries.add(new YamlNode.Entry(parent.pendingKey, parent.pendingKeyPosition, finished.node()));
                parent.weight += finished.weight();
            } else {
                parent.items.add(finished.node());
                parent.weight += finished.weight();
            }
        }
        if (root == null) {
            problems.error(new SourcePosition(file, 1, 1), "empty rule file; start it with version: 1");
        }
        return root;
    }

    /** YAML merge keys ({@code <<: *base}): the anchored mapping's entries fill in keys not written here. */
    private static List<YamlNode.Entry> applyMergeKey(List<YamlNode.Entry> entries, ProblemCollector problems) {
        YamlNode.Entry merge = null;
        for (YamlNode.Entry e : entries) {
            if (e.key().equals("<<")) {
                merge = e;
            }
        }
        if (merge == null) {
            return entries;
        }
        List<YamlNode.Entry> result = new ArrayList<>(entries);
        result.remove(merge);
        List<YamlNode> sources = merge.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(merge.value());
        for (YamlNode source : sources) {
            if (!(source instanceof YamlNode.Mapping m)) {
                problems.error(source.position(), "<< merges a mapping, got " + source.describe()
                        + "; write <<: *anchor where &anchor names a mapping");
                continue;
            }
            for (YamlNode.Entry e : m.entries()) {
                if (result.stream().noneMatch(r -> r.key().equals(e.key()))) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static YamlNode.Scalar scalar(AnchorAwareYamlFactory.Parser parser, JsonToken token, SourcePosition at) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.INTEGER, at);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.FLOAT, at);
            case VALUE_TRUE -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.TRUE, at);
            case VALUE_FALSE -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.FALSE, at);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarType.NULL, at);
            default -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.STRING, at);
        };
    }

    private static SourcePosition position(JsonLocation location, String file) {
        if (location == null) {
            return new SourcePosition(file, 0, 0);
        }
        return new SourcePosition(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    private static SourcePosition syntaxPosition(JsonProcessingException e, String file) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            // A key without its colon is noticed on a later line; the mistake is where the key starts.
            org.yaml.snakeyaml.error.Mark mark = String.valueOf(marked.getProblem()).contains("could not find expected ':'")
                    && marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
        }
        return position(e.getLocation(), file);
    }

    private static String syntaxMessage(JsonProcessingException e, String text) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked) {
            String problem = marked.getProblem() == null ? "" : marked.getProblem().strip();
            if (problem.contains("exceeds the limit") || problem.contains("Nesting Depth")
                    || problem.toLowerCase(java.util.Locale.ROOT).contains("alias")) {
                return TOO_LARGE + problem;
            }
            return YamlSyntaxExplainer.explain(marked, text);
        }
        String message = e.getOriginalMessage() == null ? String.valueOf(e) : e.getOriginalMessage().strip();
        if (message.contains("exceeds the limit") || message.contains("Nesting Depth") || message.contains("nesting depth")) {
            return TOO_LARGE + message.lines().findFirst().orElse(message);
        }
        return "YAML syntax error: " + message.lines().findFirst().orElse(message) + "; check indentation, colons and quotes";
    }
}
