package io.adslot.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.adslot.internal.BoundedFiles;
import io.adslot.internal.BundledResources;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a rule file's text comes from, and how a path in its {@code extends} is found: beside the file
 * on disk, or beside the resource on the classpath.
 */
sealed interface RuleSource {

    /** The name used in problems. */
    String displayName();

    /** Identity for detecting {@code extends} cycles. */
    String identity();

    String read() throws IOException;

    /** The source that {@code extends: relative} names. */
    RuleSource resolve(String relative);

    /**
     * Why this source, named by {@code extends}, may not be read (it lies outside the folders the rule
     * file may reach), or null when it may.
     */
    default String refusal() {
        return null;
    }

    /**
     * A file on disk, named in messages as the user named it ({@code displayName}); files it extends must
     * lie in {@code folders}.
     */
    record FileSource(Path path, String displayName, RuleFolders folders) implements RuleSource {

        FileSource(Path path) {
            this(path, path.toString(), List.of());
        }

        FileSource(Path path, String displayName, List<Path> extraFolders) {
            this(path, displayName, RuleFolders.of(path, extraFolders));
        }

        @Override
        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        public String read() throws IOException {
            byte[] bytes;
            try {
                bytes = BoundedFiles.read(path, YamlTreeReader.MAX_CHARS * 4L);
            } catch (BoundedFiles.RefusedFileException e) {
                throw new IOException(e.getMessage().startsWith("too large")
                        ? "rule file too large / too many aliases: " + e.getMessage() + "; split the file and use extends"
                        : e.getMessage(), e);
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IOException("not valid UTF-8; save the rule file as UTF-8", e);
            }
        }

        @Override
        public RuleSource resolve(String relative) {
            return new FileSource(sibling(path, relative), sibling(Path.of(displayName), relative).toString(), folders);
        }

        @Override
        public String refusal() {
            return folders.contain(path) ? null : "it lies outside " + folders.describe()
                    + ", the folders this rule file may reach; put the base file beside the rule file or below it"
                    + " (a host can allow more folders: AdSlotEngine.Builder.ruleFolders)";
        }

        private static Path sibling(Path file, String relative) {
            Path parent = file.getParent();
            return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize();
        }
    }

    /** A classpath resource such as {@code adslot/rules/default.yaml}. */
    record ClasspathSource(String resource) implements RuleSource {
        @Override
        public String displayName() {
            return "classpath:" + resource;
        }

        @Override
        public String identity() {
            return displayName();
        }

        @Override
        public String read() throws IOException {
            try (InputStream in = BundledResources.open(resource)) {
                if (in == null) {
                    throw new IOException("no such classpath resource");
                }
                byte[] bytes = in.readNBytes(YamlTreeReader.MAX_CHARS * 4 + 1);
                if (bytes.length > YamlTreeReader.MAX_CHARS * 4) {
                    throw new IOException("rule file too large / too many aliases: more than "
                            + YamlTreeReader.MAX_CHARS * 4 + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        @Override
        public RuleSource resolve(String relative) {
            int slash = resource.lastIndexOf('/');
            String dir = slash < 0 ? "" : resource.substring(0, slash + 1);
            return new ClasspathSource(Path.of(dir + relative).normalize().toString().replace('\\', '/'));
        }

        @Override
        public String refusal() {
            return resource.startsWith("..") || resource.startsWith("/")
                    ? "it lies outside the classpath folder of the rule file; name a resource beside it" : null;
        }
    }

    /** Text given directly; its name, taken as a path, locates files it extends. */
    record TextSource(String text, String name) implements RuleSource {
        @Override
        public String displayName() {
            return name;
        }

        @Override
        public String identity() {
            return "text:" + name;
        }

        @Override
        public String read() {
            return text;
        }

        @Override
        public RuleSource resolve(String relative) {
            return new FileSource(Path.of(name)).resolve(relative);
        }
    }
}
