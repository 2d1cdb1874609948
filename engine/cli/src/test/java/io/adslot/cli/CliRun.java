package io.adslot.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Runs the command line in-process exactly as {@code adslot ...} would ({@link Main#run}), capturing
 * the exit code and both streams; and finds the test fixtures and the shared corpus.
 */
record CliRun(int code, String out, String err) {

    static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, new byte[0], args);
    }

    /** Runs {@code args} with {@code stdin} (UTF-8) as standard input. */
    static CliRun withInput(Path workingDirectory, String stdin, String... args) {
        return run(workingDirectory, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(Path workingDirectory, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin);
        int code = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The folder of this package's fixtures, {@code src/test/resources/cli}. */
    static Path fixtures() {
        try {
            return Path.of(Objects.requireNonNull(CliRun.class.getResource("/cli/articles/harbour.html")).toURI())
                    .getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ../shared/corpus} beside the project, or null when this checkout has none. */
    static Path corpus() {
        String root = System.getProperty("adslot.projectRoot");
        if (root == null) {
            return null;
        }
        Path corpus = Path.of(root).resolve("../shared/corpus").normalize();
        return Files.isDirectory(corpus) ? corpus : null;
    }

    /** Copies a fixture file into {@code dir} under its own name and returns the copy. */
    static Path copyFixture(String relative, Path dir) {
        try {
            Path source = fixtures().resolve(relative);
            Path target = dir.resolve(source.getFileName().toString());
            Files.createDirectories(dir);
            return Files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of stderr, without blank ones. */
    java.util.List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
