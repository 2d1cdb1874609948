package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample sessions of {@code README.md} and {@code docs/cli.md} are what the commands print today. Each
 * {@code $ ./adslot ...} line of a code block whose output does not depend on the machine (not
 * {@code simulate} or {@code diff}, which print timings and read the shared corpus) is run in-process from
 * the project root, {@code demo} in a fresh folder; its output must be the block's lines, or for a
 * {@code --format json} block (shown only from the beginning, up to a line {@code ...}) start with them.
 */
@DisplayName("The documented command-line sessions are what the commands print")
class DocumentedExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("adslot.projectRoot", "../..")).toAbsolutePath().normalize();

    @TempDir
    static Path demoDir;

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String doc : List.of("README.md", "docs/cli.md")) {
            for (Example example : examples(Files.readAllLines(ROOT.resolve(doc)))) {
                tests.add(DynamicTest.dynamicTest(doc + ": " + example.command(), () -> check(example)));
            }
        }
        assertThat(tests).as("documented sessions found").hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    private record Example(String command, List<String> shown) {
        List<String> args() {
            List<String> args = new ArrayList<>();
            for (String word : command.substring("./adslot ".length()).trim().split(" +")) {
                args.addAll(expanded(word));
            }
            return args;
        }
    }

    private static void check(Example example) {
        List<String> args = example.args();
        Path dir = args.get(0).equals("demo") ? demoDir : ROOT;
        CliRun run = CliRun.run(dir, args.toArray(String[]::new));
        List<String> printed = (run.out() + run.err()).lines().toList();
        if (example.command().contains("--format json")) {
            assertThat(printed).as(example.command()).startsWith(example.shown().toArray(String[]::new));
        } else {
            assertThat(printed).as(example.command()).isEqualTo(example.shown());
        }
    }

    /** The {@code $ ./adslot} lines of the code blocks that a run can check, each with the lines shown under it. */
    private static List<Example> examples(List<String> lines) {
        List<Example> found = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (inBlock && line.startsWith("$ ./adslot ") && checkable(line)) {
                List<String> shown = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```") && !lines.get(j).startsWith("$ ")
                        && !lines.get(j).strip().equals("..."); j++) {
                    shown.add(lines.get(j));
                }
                found.add(new Example(line.substring(2), shown));
            } else if (line.startsWith("What `./adslot demo` printed")) {
                int open = i + 1;
                while (!lines.get(open).startsWith("```")) {
                    open++;
                }
                List<String> shown = new ArrayList<>();
                for (int j = open + 1; !lines.get(j).startsWith("```"); j++) {
                    shown.add(lines.get(j));
                }
                found.add(new Example("./adslot demo", shown));
            }
        }
        return found;
    }

    private static boolean checkable(String line) {
        return !line.contains(" simulate ") && !line.contains(" diff ") && !line.contains("|") && !line.contains(">")
                && !line.contains(" preview ");
    }

    /** A word with a {@code *} (only {@code rules/*.yaml} today) as the shell expands it. */
    private static List<String> expanded(String word) {
        int star = word.indexOf('*');
        if (star < 0) {
            return List.of(word);
        }
        String folder = word.substring(0, word.lastIndexOf('/', star) + 1);
        String suffix = word.substring(star + 1);
        String[] names = ROOT.resolve(folder).toFile().list((d, name) -> name.endsWith(suffix));
        Arrays.sort(names);
        return Arrays.stream(names).map(name -> folder + name).toList();
    }
}
