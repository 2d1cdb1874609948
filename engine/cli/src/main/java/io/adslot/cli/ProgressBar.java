package io.adslot.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long archive runs, redrawn in place with a carriage return. Shown
 * whenever stderr is a terminal, also when stdout goes to a file ({@code adslot simulate ... > report.csv}):
 * piped or captured stderr (CI logs, tests) gets none.
 *
 * <p>Java cannot ask whether stderr alone is a terminal ({@code System.console()} is null as soon as stdout
 * is redirected), so the {@code adslot} launcher asks the shell ({@code [ -t 2 ]}) and passes the answer as
 * the system property {@value #STDERR_IS_TERMINAL}; without it, the console check is the best guess.
 */
final class ProgressBar {

    /** System property the launcher sets to {@code true} or {@code false}. */
    static final String STDERR_IS_TERMINAL = "adslot.stderrIsTerminal";

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** A bar on the terminal's stderr when stderr is a terminal, otherwise one that draws nothing. */
    static ProgressBar forTerminal(Terminal terminal, int total) {
        return new ProgressBar(terminal.err(), total, stderrIsTerminal() && total > 0);
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_IS_TERMINAL);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Shows {@code done} of the total, at most ten times a second. */
    void show(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int filled = (int) ((long) WIDTH * done / total);
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d articles", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total));
        err.flush();
    }

    /** Clears the bar so that later messages start on a clean line. */
    void finish() {
        if (enabled && drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
