package io.adslot.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import io.adslot.rules.KnownTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The slot templates of one rule-set load, compiled once.
 *
 * <p>Mustache.java caches templates compiled by name but not those compiled from a reader, so this class
 * holds the compiled {@link Mustache} objects itself; a compiled template is thread-safe. Partials
 * ({@code {{> name}}}) resolve among the same set of templates.
 *
 * <p>Templates see a {@link SlotScope}. Its {@code context} map holds only the context keys that some
 * template names as {@code context.<key>} (found by reading the sources at load time): slot markup then
 * depends only on the decision and on known context values, which is what lets the engine cache the markup
 * with the decision. One line break at the end of a template file is dropped, so that a file saved by an
 * editor does not add a newline after every slot.
 *
 * <p>Markup is a function of the decision (minus its position) and those context values, and most
 * articles get the same few slots, so rendered markup is memoized in a small bounded map: a cold render
 * usually runs no template at all.
 */
public final class SlotTemplates {

    /** Templates shipped in the engine jar. */
    public static final List<String> BUNDLED_NAMES = KnownTemplates.BUNDLED_NAMES;

    /** Classpath folder of the shipped templates. */
    public static final String BUNDLED_ROOT = "adslot/rules/templates/";

    private static final String SUFFIX = ".mustache";

    /** Most articles get the same few slots (inline-1 on mobile in news...): their markup is rendered once. */
    private static final int MARKUP_MEMO_SIZE = 4096;

    private final Map<String, Mustache> compiled;
    private final Cache<MarkupKey, String> markupMemo = Caffeine.newBuilder().maximumSize(MARKUP_MEMO_SIZE).build();
    private final Set<String> contextKeysUsed;
    private final String fingerprint;
    private final String origin;

    private SlotTemplates(Map<String, String> sources, String origin) {
        this.origin = origin;
        Map<String, String> sorted = new TreeMap<>();
        sources.forEach((name, source) -> sorted.put(name, withoutFinalNewline(source)));
        DefaultMustacheFactory factory = new DefaultMustacheFactory(new MapResolver(sorted));
        Map<String, Mustache> out = new TreeMap<>();
        Set<String> keys = new TreeSet<>();
        MessageDigest digest = sha256();
        sorted.forEach((name, source) -> {
            out.put(name, factory.compile(new StringReader(source), name));
            collectContextKeys(source, keys);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        this.compiled = Collections.unmodifiableMap(out);
        this.contextKeysUsed = Collections.unmodifiableSet(keys);
        this.fingerprint = HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** Compiles templates given as name (without {@code .mustache}) to source; for tests and embedders. */
    public static SlotTemplates of(Map<String, String> sources) {
        return new SlotTemplates(sources, "in-memory templates");
    }

    /** Compiles every {@code *.mustache} file in a folder. */
    public static SlotTemplates fromDirectory(Path dir) {
        return new SlotTemplates(readDirectory(dir), dir.toString());
    }

    /**
     * The bundled templates with a folder's {@code *.mustache} files added; a file named like a bundled
     * template replaces it. A folder that does not exist adds nothing.
     */
    public static SlotTemplates bundledWith(Path dir) {
        Map<String, String> sources = readClasspath(SlotTemplates.class.getClassLoader(), BUNDLED_ROOT, BUNDLED_NAMES);
        if (Files.isDirectory(dir)) {
            sources.putAll(readDirectory(dir));
        }
        return new SlotTemplates(sources, dir + " over classpath:" + BUNDLED_ROOT);
    }

    /** Compiles the named templates found under a classpath folder (such as {@link #BUNDLED_ROOT}); absent names are skipped. */
    public static SlotTemplates fromClasspath(ClassLoader loader, String root, List<String> names) {
        return new SlotTemplates(readClasspath(loader, root, names), "classpath:" + root);
    }

    /** The shipped templates from the engine jar. */
    public static SlotTemplates bundled() {
        return fromClasspath(SlotTemplates.class.getClassLoader(), BUNDLED_ROOT, BUNDLED_NAMES);
    }

    private static Map<String, String> readDirectory(Path dir) {
        Map<String, String> sources = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                sources.put(fileName.substring(0, fileName.length() - SUFFIX.length()),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + dir + ": " + e.getMessage(), e);
        }
        return sources;
    }

    private static Map<String, String> readClasspath(ClassLoader loader, String root, List<String> names) {
        Map<String, String> sources = new TreeMap<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(root + name + SUFFIX)) {
                if (in != null) {
                    sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + root + name + SUFFIX, e);
            }
        }
        return sources;
    }

    /** Template names (without {@code .mustache}); rule files may name only these. */
    public Set<String> names() {
        return compiled.keySet();
    }

    /** Context keys that the templates print ({@code {{context.section}}}): they belong in the cache key. */
    public Set<String> contextKeysUsed() {
        return contextKeysUsed;
    }

    /** A short hash of all template names and sources: changes whenever any template changes. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where the templates came from, for messages. */
    public String origin() {
        return origin;
    }

    /**
     * Renders one slot's markup.
     *
     * @throws IllegalStateException when the decision names a template that is not loaded
     * @throws RuntimeException      whatever the template throws
     */
    public String render(SlotDecision decision, ContextValues context) {
        Mustache template = compiled.get(decision.template());
        if (template == null) {
            throw new IllegalStateException("slot " + decision.slotId() + " names template \"" + decision.template()
                    + "\", which is not among " + names() + " in " + origin);
        }
        Map<String, String> values = templateContext(context);
        return markupMemo.get(new MarkupKey(decision.atStart(), values), key -> {
            StringWriter out = new StringWriter(512);
            template.execute(out, new SlotScope(decision, values));
            return out.toString();
        });
    }

    /**
     * What a slot's markup is a function of. The hash reads only the fields that tell slots apart in
     * practice, not the sizes and data a placement gives all its slots: on a cold render it is computed for
     * every slot, and {@code equals} still compares everything.
     */
    private record MarkupKey(SlotDecision decision, Map<String, String> context) {
        @Override
        public int hashCode() {
            int h = Objects.hashCode(decision.slotId());
            h = 31 * h + Objects.hashCode(decision.placementId());
            h = 31 * h + decision.ordinal();
            h = 31 * h + Objects.hashCode(decision.adUnit());
            return 31 * h + context.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MarkupKey other && decision.equals(other.decision) && context.equals(other.context);
        }
    }

    private Map<String, String> templateContext(ContextValues context) {
        if (contextKeysUsed.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : contextKeysUsed) {
            List<String> all = context.all(key);
            if (!all.isEmpty()) {
                values.put(key, String.join(",", all));
            }
        }
        return values;
    }

    /** Drops one line break at the end of a file, which editors add and which would follow every slot. */
    private static String withoutFinalNewline(String source) {
        if (source.endsWith("\r\n")) {
            return source.substring(0, source.length() - 2);
        }
        return source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
    }

    /** Finds {@code context.<key>} references in a template source; keys are lower-cased. */
    static void collectContextKeys(String source, Set<String> keys) {
        String marker = "context.";
        int i = source.indexOf(marker);
        while (i >= 0) {
            int start = i + marker.length();
            int end = start;
            while (end < source.length() && isKeyChar(source.charAt(end))) {
                end++;
            }
            if (end > start) {
                keys.add(source.substring(start, end).toLowerCase(java.util.Locale.ROOT));
            }
            i = source.indexOf(marker, end);
        }
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Resolves partials among the loaded template sources. */
    private static final class MapResolver implements MustacheResolver {
        private final Map<String, String> sources;

        MapResolver(Map<String, String> sources) {
            this.sources = sources;
        }

        @Override
        public Reader getReader(String resourceName) {
            String name = resourceName.endsWith(SUFFIX)
                    ? resourceName.substring(0, resourceName.length() - SUFFIX.length()) : resourceName;
            String source = sources.get(name);
            return source == null ? null : new StringReader(source);
        }
    }
}
