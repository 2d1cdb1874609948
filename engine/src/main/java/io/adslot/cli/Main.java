package io.adslot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code adslot} command line: {@code adslot <command> [options]}. Exit codes: 0 success,
 * 1 failure (unreadable input, invalid rules), 2 wrong usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, Path.of("").toAbsolutePath());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line as {@link #main} does, returning the exit code instead of exiting. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path workingDirectory) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(commands, args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("adslot: unknown command \"" + args[0] + "\"");
            usage(commands, err);
            return 2;
        }
        Terminal terminal = new Terminal(in, out, err, workingDirectory);
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), terminal);
        } catch (UsageException e) {
            err.println("adslot " + command.name() + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("adslot " + command.name() + ": " + e);
            return 1;
        }
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.<Command>of(new DemoCommand(), new RenderCommand(), new ValidateCommand(),
                new ExplainCommand(), new PreviewCommand(), new SimulateCommand(), new DiffCommand())) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    private static void usage(Map<String, Command> commands, PrintStream stream) {
        stream.println("usage: adslot <command> [options]");
        stream.println();
        commands.values().forEach(c -> stream.printf("  %-10s %s%n", c.name(), c.summary()));
    }
}
