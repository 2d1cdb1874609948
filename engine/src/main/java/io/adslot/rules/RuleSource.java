package io.adslot.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** A file on disk, named in messages as the user named it ({@code displayName}). */
    record FileSource(Path path, String displayName) implements RuleSource {

        FileSource(Path path) {
            this(path, path.toString());
        }

        @Override
        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        public String read() throws IOException {
            long size = Files.size(path);
            if (size > YamlTreeReader.MAX_CHARS * 4L) {
                throw new IOException("rule file too large / too many aliases: " + size + " bytes; split the file and use extends");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        }

        @Override
        public RuleSource resolve(String relative) {
            return new FileSource(sibling(path, relative), sibling(Path.of(displayName), relative).toString());
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
            ClassLoader loader = RuleSource.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
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
