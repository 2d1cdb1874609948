package io.adslot.rules;

import io.adslot.internal.BundledResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which slot templates exist, so that the rule loader can reject a misspelled {@code slot.template}.
 * A rule file on disk uses the {@code *.mustache} files of the {@code templates/} folder beside it;
 * without such a folder, the templates bundled in the jar under {@code adslot/rules/templates/}.
 *
 * <p>A classpath folder cannot be listed portably (inside a jar there are no directories to read), so the
 * bundled templates are found by trying the names adslot ships, {@link #BUNDLED_NAMES}; a template added to
 * {@code rules/templates/} must be added there too.
 */
public final class KnownTemplates {

    /** The template names shipped in {@code rules/templates/}. */
    public static final List<String> BUNDLED_NAMES = List.of("scroll-to-continue", "amp", "native", "gpt", "prebid",
            "newsletter");

    private static final String BUNDLED_FOLDER = "adslot/rules/templates/";

    private KnownTemplates() {
    }

    /** The templates bundled in the jar (those of {@link #BUNDLED_NAMES} that are present). */
    public static Set<String> bundled() {
        Set<String> names = new TreeSet<>();
        for (String name : BUNDLED_NAMES) {
            if (BundledResources.exists(BUNDLED_FOLDER + name + ".mustache")) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }

    /** Names of the {@code *.mustache} files directly in {@code folder}; empty when it cannot be listed. */
    public static Set<String> inFolder(Path folder) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".mustache") && n.length() > ".mustache".length())
                    .forEach(n -> names.add(n.substring(0, n.length() - ".mustache".length())));
        } catch (IOException e) {
            return Set.of();
        }
        return Set.copyOf(names);
    }

    /**
     * The templates a rule file can use, as the engine loads them: the bundled ones plus those in the
     * {@code templates/} folder beside it (a file there with a bundled name replaces that template).
     */
    public static Set<String> forRuleFile(Path ruleFile) {
        Set<String> names = new TreeSet<>(bundled());
        Path parent = ruleFile.toAbsolutePath().getParent();
        Path folder = parent == null ? null : parent.resolve("templates");
        if (folder != null && Files.isDirectory(folder)) {
            names.addAll(inFolder(folder));
        }
        return Set.copyOf(names);
    }

    /**
     * Start tags that close an open {@code <p>} in every reader (13.2.6.4.7, "in body"): the Standard's list
     * without {@code dialog} and {@code search}, which jsoup does not count, and {@code table}, which does
     * not in quirks mode.
     */
    private static final Set<String> PARAGRAPH_CLOSERS = Set.of("address", "article", "aside", "blockquote",
            "center", "details", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
            "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "hr", "xmp");

    /**
     * True when a template's markup starts with an element whose start tag closes an open {@code <p>}
     * ({@code <div>}, {@code <aside>}...): such a slot may stand where the article leaves a paragraph open,
     * since it ends the paragraph there. False for an inline first element ({@code <amp-ad>}, {@code <ins>}),
     * which would become part of the paragraph, and whenever the first element is not plain in the source
     * (it comes from a section, a variable or a partial). Leading white space and Mustache comments are skipped.
     */
    public static boolean startsWithParagraphCloser(String templateSource) {
        int i = 0;
        int n = templateSource.length();
        while (i < n) {
            char c = templateSource.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (templateSource.startsWith("{{!", i)) {
                int close = templateSource.indexOf("}}", i + 3);
                if (close < 0) {
                    return false;
                }
                i = close + 2;
            } else {
                break;
            }
        }
        if (i >= n || templateSource.charAt(i) != '<') {
            return false;
        }
        int nameEnd = i + 1;
        while (nameEnd < n && Character.isLetterOrDigit(templateSource.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd < n && "\t\n\f\r />".indexOf(templateSource.charAt(nameEnd)) < 0) {
            return false; // a custom element (amp-ad) or a name built from a variable
        }
        return PARAGRAPH_CLOSERS.contains(templateSource.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@link #startsWithParagraphCloser} of the bundled template {@code name}; false when there is none. */
    public static boolean bundledClosesParagraph(String name) {
        return BundledFacts.CLOSERS.contains(name);
    }

    /** The bundled templates' facts, read once, on first use. */
    private static final class BundledFacts {
        static final Set<String> CLOSERS = read();

        private static Set<String> read() {
            Set<String> closers = new TreeSet<>();
            ClassLoader loader = KnownTemplates.class.getClassLoader();
            for (String name : BUNDLED_NAMES) {
                try (java.io.InputStream in = loader.getResourceAsStream(BUNDLED_FOLDER + name + ".mustache")) {
                    if (in != null && startsWithParagraphCloser(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                        closers.add(name);
                    }
                } catch (IOException e) {
                    // unreadable: treated as not closing a paragraph, the safe answer
                }
            }
            return Set.copyOf(closers);
        }
    }
}
