package io.adslot.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments split into options ({@code --name value}, {@code --name=value}, repeatable)
 * and positional arguments. A lone {@code -} is positional (standard input); {@code --} ends options.
 */
final class Arguments {

    private final Map<String, List<String>> options;
    private final List<String> positional;

    private Arguments(Map<String, List<String>> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /**
     * Parses {@code args}; {@code valued} names the options that take a value, {@code flags} those that don't.
     *
     * @throws UsageException for an unknown option or a missing value
     */
    static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return new Arguments(options, positional);
    }

    /** The last value of the option, or {@code fallback} when absent. */
    String value(String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }
}
