package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A rule file reaches only its own folder (or folders the host allows), reads are bounded, and messages quote little")
class RuleFileReachTest {

    static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";

    @TempDir
    Path dir;

    private Path site(String extendsValue) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("site"));
        return Files.writeString(folder.resolve("rules.yaml"), "version: 1\nextends: " + extendsValue + "\n");
    }

    private static List<String> problems(RuleLoadResult result) {
        return result.problems().stream().map(RuleProblem::format).toList();
    }

    @Test
    @DisplayName("extends: ../ reaching out of the rule file's folder is refused at the extends line, without reading the file")
    void extendsOutOfTheFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("passwd"), PASSWD);
        Path rules = site("../passwd");

        List<String> problems = problems(RuleLoader.load(rules, "site/rules.yaml", null));

        assertThat(problems).singleElement().asString()
                .startsWith("site/rules.yaml:2:10: extends: ../passwd is not read: it lies outside ")
                .contains("the folders this rule file may reach; put the base file beside the rule file or below it")
                .doesNotContain("root:x");
    }

    @Test
    @DisplayName("extends of an absolute path such as /dev/zero is refused without reading it")
    void extendsOfADeviceIsRefused() throws Exception {
        Path rules = site("/dev/zero");
        assertThat(problems(RuleLoader.load(rules, "site/rules.yaml", null))).singleElement().asString()
                .startsWith("site/rules.yaml:2:10: extends: /dev/zero is not read: it lies outside ");
    }

    @Test
    @DisplayName("a symbolic link inside the folder that points out of it is refused like the path it points to")
    void linkOutOfTheFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("passwd"), PASSWD);
        Path rules = site("base.yaml");
        Files.createSymbolicLink(rules.resolveSibling("base.yaml"), dir.resolve("passwd"));
        assertThat(problems(RuleLoader.load(rules, "site/rules.yaml", null))).singleElement().asString()
                .startsWith("site/rules.yaml:2:10: extends: base.yaml is not read: it lies outside ");
    }

    @Test
    @DisplayName("a base file below the rule file's folder, or in a folder the host allows, is read")
    void allowedFoldersAreRead() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("base.yaml"), "version: 1\nmax_slots_per_page: 3\n");
        Path below = Files.createDirectories(dir.resolve("site/common"));
        Files.writeString(below.resolve("base.yaml"), "version: 1\nmax_slots_per_page: 4\n");

        RuleLoadResult fromHostFolder = RuleLoader.load(site("../shared/base.yaml"), "site/rules.yaml", null, List.of(shared));
        assertThat(fromHostFolder.ok()).as("%s", fromHostFolder.problems()).isTrue();
        assertThat(fromHostFolder.ruleSet().maxSlotsPerPage()).isEqualTo(3);
        assertThat(fromHostFolder.filesRead()).containsExactly(dir.resolve("site/rules.yaml"), shared.resolve("base.yaml"));

        RuleLoadResult fromBelow = RuleLoader.load(site("common/base.yaml"), "site/rules.yaml", null);
        assertThat(fromBelow.ok()).as("%s", fromBelow.problems()).isTrue();
        assertThat(fromBelow.ruleSet().maxSlotsPerPage()).isEqualTo(4);
    }

    @Test
    @DisplayName("a file that is not a rule file is quoted in at most a short escaped excerpt")
    void nonRuleFileIsQuotedShortly() throws Exception {
        Path rules = site("passwd");
        Files.writeString(rules.resolveSibling("passwd"), PASSWD);

        List<String> problems = problems(RuleLoader.load(rules, "site/rules.yaml", null));

        assertThat(problems).singleElement().asString()
                .isEqualTo("site/passwd:1:1: a rule file is a mapping starting with version: 1, got "
                        + "\"root:x:0:0:root:/root:/bin/bash daemon:x...\"");
    }

    @Test
    @DisplayName("a rule file that is a device (Files.size says 0) is refused, not read until the heap runs out")
    void deviceAsRuleFileIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero exists on Linux and macOS only");
        assertThat(problems(RuleLoader.load(zero, "/dev/zero", null))).containsExactly(
                "/dev/zero:0:0: cannot read rule file: is not a regular file (a device, FIFO or socket); name a file");
    }

    @Test
    @DisplayName("a named pipe as rule file is refused without blocking on it")
    void fifoAsRuleFileIsRefused() throws Exception {
        Path fifo = dir.resolve("rules.yaml");
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "mkfifo is not available here");
        assertThat(problems(RuleLoader.load(fifo, "rules.yaml", null))).containsExactly(
                "rules.yaml:0:0: cannot read rule file: is not a regular file (a device, FIFO or socket); name a file");
    }
}
