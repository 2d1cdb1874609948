package io.adslot.cli;

import java.util.List;

/** One subcommand of the {@code adslot} command line. */
interface Command {

    /** The name typed after {@code adslot}. */
    String name();

    /** One line for the usage listing. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 success, 1 failure (bad input or rules), 2 wrong usage
     */
    int run(List<String> args, Terminal terminal) throws Exception;
}
