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
 * The {@code adslot} command line: {@code adslot <command> [options]}, {@code adslot help COMMAND} (or
 * {@code COMMAND --help}), {@code adslot --version}. Exit codes: 0 success, 1 failure (unreadable input,
 * invalid rules), 2 wrong usage.
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
        if (args.length == 0) {
            usage(commands, err);
            return 2;
        }
        if (args[0].equals("--version") || args[0].equals("version")) {
            out.println("adslot " + CommandHelp.version());
            return 0;
        }
        if (isHelp(args[0])) {
            if (args.length == 1) {
                usage(commands, out);
                return 0;
            }
            return help(commands, args[1], out, err);
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("adslot: unknown command \"" + args[0] + "\"");
            usage(commands, err);
            return 2;
        }
        if (Arrays.stream(args, 1, args.length).takeWhile(a -> !a.equals("--")).anyMatch(a -> a.equals("-h") || a.equals("--help"))) {
            out.print(CommandHelp.of(command.name()));
            return 0;
        }
        Terminal terminal = new Terminal(in, out, err, workingDirectory);
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), terminal);
        } catch (UsageException e) {
            err.println("adslot " + command.name() + ": " + e.getMessage());
            err.println("(adslot " + command.name() + " --help lists every option, with an example)");
            return 2;
        } catch (Exception e) {
            err.println("adslot " + command.name() + ": " + e);
            return 1;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("help");
    }

    private static int help(Map<String, Command> commands, String name, PrintStream out, PrintStream err) {
        if (!commands.containsKey(name)) {
            err.println("adslot help: unknown command \"" + name + "\"");
            usage(commands, err);
            return 2;
        }
        out.print(CommandHelp.of(name));
        return 0;
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
        stream.println();
        stream.println("adslot help COMMAND (or adslot COMMAND --help) shows a command's options and an example;");
        stream.println("adslot --version prints the version.");
    }
}
