package io.adslot.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the {@code adslot} command line through {@link Main#run}, exactly as a user types it, with
 * what it printed and its exit code.
 */
record CommandLineRun(int exitCode, String out, String err) {

    /** Runs {@code args} in {@code workingDirectory} with {@code stdin} as standard input. */
    static CommandLineRun withInput(Path workingDirectory, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                workingDirectory);
        return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CommandLineRun run(Path workingDirectory, String... args) {
        return withInput(workingDirectory, "", args);
    }
}
