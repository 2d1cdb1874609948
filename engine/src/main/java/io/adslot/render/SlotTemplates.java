package io.adslot.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import io.adslot.internal.BoundedFiles;
import io.adslot.internal.BundledResources;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import io.adslot.rules.KnownTemplates;
import io.adslot.rules.RuleProblem;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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

    /**
     * Bytes the markup memo may hold until the engine gives it its share of the cache budget
     * ({@link #limitMemo(long)}). Most articles get the same few slots (inline-1 on mobile in news...): their
     * markup is rendered once.
     */
    static final long DEFAULT_MEMO_BYTES = 2L << 20;

    private final Map<String, Mustache> compiled;
    private final List<RuleProblem> warnings;
    /** Weighed in approximate bytes of key and markup: request values reach both (through the ad unit). */
    private final Cache<MarkupKey, String> markupMemo = Caffeine.newBuilder()
            .maximumWeight(DEFAULT_MEMO_BYTES)
            .<MarkupKey, String>weigher((key, markup) -> key.approximateBytes() + 40 + 2 * markup.length())
            .build();
    private final Set<String> contextKeysUsed;
    /** The templates whose markup starts with an element that closes an open {@code <p>}. */
    private final Set<String> paragraphClosers;
    private final String fingerprint;
    private final String origin;

    private SlotTemplates(Map<String, String> sources, Map<String, String> files, String origin) {
        this.origin = origin;
        Map<String, String> sorted = new TreeMap<>();
        sources.forEach((name, source) -> sorted.put(name, withoutFinalNewline(source)));
        DefaultMustacheFactory factory = new DefaultMustacheFactory(new MapResolver(sorted));
        Map<String, Mustache> out = new TreeMap<>();
        Set<String> keys = new TreeSet<>();
        Set<String> closers = new TreeSet<>();
        List<RuleProblem> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        sorted.forEach((name, source) -> TemplateLimits.check(name, source));
        sorted.forEach((name, source) -> {
            String file = files.getOrDefault(name, name + SUFFIX);
            problems.addAll(TemplateCheck.check(file, source));
            try {
                out.put(name, compile(factory, name, source));
            } catch (MustacheException e) {
                problems.add(TemplateCheck.compileError(file, source, e));
            }
            collectContextKeys(source, keys);
            if (KnownTemplates.startsWithParagraphCloser(source)) {
                closers.add(name);
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        if (problems.stream().anyMatch(p -> p.severity() == RuleProblem.Severity.ERROR)) {
            throw new TemplateLoadException(origin, problems);
        }
        this.warnings = List.copyOf(problems);
        this.compiled = Collections.unmodifiableMap(out);
        this.contextKeysUsed = Collections.unmodifiableSet(keys);
        this.paragraphClosers = Set.copyOf(closers);
        this.fingerprint = HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** Compiles one template; a stack overflow (limits are checked first, so a bug of ours) is a load error. */
    private static Mustache compile(DefaultMustacheFactory factory, String name, String source) {
        try {
            return factory.compile(new StringReader(source), name);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("template " + name + " nests too deeply to compile; flatten the template", e);
        }
    }

    /** Compiles templates given as name (without {@code .mustache}) to source; for tests and embedders. */
    public static SlotTemplates of(Map<String, String> sources) {
        return new SlotTemplates(sources, Map.of(), "in-memory templates");
    }

    /** Compiles every {@code *.mustache} file in a folder. */
    public static SlotTemplates fromDirectory(Path dir) {
        Map<String, String> sources = readDirectory(dir);
        return new SlotTemplates(sources, fileNames(sources.keySet(), dir.toString()), dir.toString());
    }

    /**
     * The bundled templates with a folder's {@code *.mustache} files added; a file named like a bundled
     * template replaces it. A folder that does not exist adds nothing.
     */
    public static SlotTemplates bundledWith(Path dir) {
        return bundledWith(dir, dir.toString());
    }

    /**
     * As {@link #bundledWith(Path)}, naming the folder's files in problems as {@code shownAs/name.mustache}
     * (the command line names them as the user typed the rule file's path).
     *
     * @throws TemplateLoadException when a template does not compile or prints a context value unescaped
     */
    public static SlotTemplates bundledWith(Path dir, String shownAs) {
        Map<String, String> sources = readClasspath(BundledResources::open, BUNDLED_ROOT, BUNDLED_NAMES);
        Map<String, String> files = fileNames(sources.keySet(), "classpath:" + BUNDLED_ROOT);
        if (Files.isDirectory(dir)) {
            Map<String, String> own = readDirectory(dir);
            sources.putAll(own);
            files.putAll(fileNames(own.keySet(), shownAs));
        }
        return new SlotTemplates(sources, files, dir + " over classpath:" + BUNDLED_ROOT);
    }

    /** {@code folder/name.mustache} for each name; {@code folder} ends with a slash or is a path to join. */
    private static Map<String, String> fileNames(Set<String> names, String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        Map<String, String> files = new TreeMap<>();
        names.forEach(name -> files.put(name, prefix + name + SUFFIX));
        return files;
    }

    /** Compiles the named templates found under a classpath folder (such as {@link #BUNDLED_ROOT}); absent names are skipped. */
    public static SlotTemplates fromClasspath(ClassLoader loader, String root, List<String> names) {
        Map<String, String> sources = readClasspath(loader::getResourceAsStream, root, names);
        return new SlotTemplates(sources, fileNames(sources.keySet(), "classpath:" + root), "classpath:" + root);
    }

    /** The shipped templates from the engine jar. */
    public static SlotTemplates bundled() {
        Map<String, String> sources = readClasspath(BundledResources::open, BUNDLED_ROOT, BUNDLED_NAMES);
        return new SlotTemplates(sources, fileNames(sources.keySet(), "classpath:" + BUNDLED_ROOT),
                "classpath:" + BUNDLED_ROOT);
    }

    private static Map<String, String> readDirectory(Path dir) {
        Map<String, String> sources = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                if (sources.size() >= TemplateLimits.MAX_TEMPLATES) {
                    throw new IllegalArgumentException("more than " + TemplateLimits.MAX_TEMPLATES + " templates in "
                            + dir + "; keep only the templates the rules use");
                }
                String fileName = file.getFileName().toString();
                sources.put(fileName.substring(0, fileName.length() - SUFFIX.length()), readTemplate(dir, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + dir + ": " + e.getMessage(), e);
        }
        return sources;
    }

    /**
     * One template file, read with a bound on the bytes read; a folder, device or FIFO is refused, and so is
     * a file whose real path (links followed) lies outside the templates folder.
     */
    private static String readTemplate(Path dir, Path file) throws IOException {
        String name = dir.getFileName() + "/" + file.getFileName();
        if (!file.toRealPath().startsWith(dir.toRealPath())) {
            throw new IllegalArgumentException("template " + name + " links outside " + dir
                    + "; copy the template into the folder instead of linking to it");
        }
        try {
            byte[] bytes = BoundedFiles.read(file, TemplateLimits.MAX_CHARS * 4L);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (BoundedFiles.RefusedFileException e) {
            throw new IllegalArgumentException("template " + name + " " + e.getMessage(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("template " + name + " is not valid UTF-8; save it as UTF-8", e);
        }
    }

    private static Map<String, String> readClasspath(Function<String, InputStream> open, String root,
            List<String> names) {
        Map<String, String> sources = new TreeMap<>();
        for (String name : names) {
            try (InputStream in = open.apply(root + name + SUFFIX)) {
                if (in != null) {
                    sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + root + name + SUFFIX, e);
            }
        }
        return sources;
    }

    /**
     * Bounds the rendered-markup memo to {@code bytes} (approximate heap bytes of keys and markup); the
     * engine gives it a share of the one cache budget.
     */
    public void limitMemo(long bytes) {
        markupMemo.policy().eviction().ifPresent(e -> e.setMaximum(Math.max(0, bytes)));
    }

    /** Approximate heap bytes the memo holds now; for tests. */
    long memoBytes() {
        markupMemo.cleanUp();
        return markupMemo.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
    }

    /** Template names (without {@code .mustache}); rule files may name only these. */
    public Set<String> names() {
        return compiled.keySet();
    }

    /** What the templates' check found that does not stop them loading, such as a variable no slot provides. */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /** Context keys that the templates print ({@code {{context.section}}}): they belong in the cache key. */
    public Set<String> contextKeysUsed() {
        return contextKeysUsed;
    }

    /**
     * True when template {@code name}'s markup starts with an element that closes an open {@code <p>}
     * ({@code <div>}, {@code <aside>}; not {@code <amp-ad>} or {@code <ins>}): such a slot may go where the
     * article leaves a paragraph open. What the planner asks ({@code Planner.plan(..., closesParagraph)}).
     */
    public boolean closesParagraph(String name) {
        return paragraphClosers.contains(name);
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

        int approximateBytes() {
            int bytes = 48 + PreparedPlan.decisionBytes(decision);
            for (Map.Entry<String, String> e : context.entrySet()) {
                bytes += 80 + 2 * (e.getKey().length() + e.getValue().length());
            }
            return bytes;
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
