package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("adslot help COMMAND and COMMAND --help list every option with an example; adslot --version")
class CommandHelpTest {

    private static final List<String> COMMANDS =
            List.of("demo", "render", "validate", "explain", "preview", "simulate", "diff");

    /** The commands' working folder: {@code demo -o @@} writes a file named {@code @@} there. */
    @TempDir
    static Path DIR;

    /** The options a help text lists: the words at the start of its option lines. */
    private static Set<String> listedOptions(String help) {
        Set<String> options = new TreeSet<>();
        for (String line : help.lines().toList()) {
            if (line.startsWith("  -")) {
                for (String word : line.strip().split("[ ,]+")) {
                    if (word.startsWith("-")) {
                        options.add(word);
                    }
                }
            }
        }
        return options;
    }

    private static Set<String> everyOption() {
        Set<String> all = new TreeSet<>();
        COMMANDS.forEach(c -> all.addAll(listedOptions(CommandHelp.of(c))));
        return all;
    }

    @ParameterizedTest(name = "adslot {0}")
    @ValueSource(strings = {"demo", "render", "validate", "explain", "preview", "simulate", "diff"})
    @DisplayName("help COMMAND, COMMAND --help and COMMAND -h print the same text: usage, options, an example")
    void helpForEachCommand(String command) {
        CliRun help = CliRun.run(DIR, "help", command);
        CliRun flag = CliRun.run(DIR, command, "--help");
        CliRun shortFlag = CliRun.run(DIR, command, "--rules", "x.yaml", "-h");

        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("usage: adslot " + command).contains("\noptions:\n", "\nexample:\n  adslot " + command);
        assertThat(flag.out()).isEqualTo(help.out());
        assertThat(shortFlag.out()).isEqualTo(help.out());
        assertThat(flag.code()).isZero();
    }

    @ParameterizedTest(name = "adslot {0}")
    @ValueSource(strings = {"demo", "render", "validate", "explain", "preview", "simulate", "diff"})
    @DisplayName("a command accepts every option its help lists, and rejects every other option any command takes")
    void helpListsExactlyTheOptionsAccepted(String command) {
        Set<String> listed = listedOptions(CommandHelp.of(command));
        List<String> wrong = new ArrayList<>();
        for (String option : everyOption()) {
            if (option.equals("-h") || option.equals("--help")) {
                continue;
            }
            // a value that is valid for no option, so that only "unknown option" tells options apart
            CliRun run = CliRun.run(DIR, command, option, "@@");
            boolean accepted = !run.err().contains("unknown option " + option);
            if (accepted != listed.contains(option)) {
                wrong.add(option + (accepted ? " is accepted but not listed" : " is listed but rejected"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("help for an unknown command is wrong usage and lists the commands")
    void unknownCommand() {
        CliRun run = CliRun.run(DIR, "help", "simulte");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("adslot help: unknown command \"simulte\"").contains("  simulate ");
    }

    @Test
    @DisplayName("the command listing tells how to get a command's help")
    void listingPointsToHelp() {
        CliRun run = CliRun.run(DIR, "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("adslot help COMMAND", "adslot --version");
    }

    @Test
    @DisplayName("--version prints the project version the jar was built from")
    void version() {
        CliRun run = CliRun.run(DIR, "--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("adslot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }
}
