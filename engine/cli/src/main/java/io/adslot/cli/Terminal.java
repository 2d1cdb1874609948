package io.adslot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command reads and writes: standard streams and the working directory, passed in so that
 * tests run commands exactly as a user does, without a process.
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, Path workingDirectory) {

    /** Resolves a path argument against the working directory. */
    Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}
