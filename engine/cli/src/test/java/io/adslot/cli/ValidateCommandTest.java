package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code adslot validate FILE...}, run as a user runs it, from the fixture folder. */
class ValidateCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules/cli").toAbsolutePath();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path dir, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "validate";
        System.arraycopy(args, 0, full, 1, args.length);
        return Main.run(full, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a valid file prints a one-line OK summary and exits 0; templates come from templates/ beside it")
    void validFile() {
        assertThat(run(FIXTURES, "good.yaml")).isZero();
        assertThat(out()).matches("good\\.yaml: OK, 1 placement \\(inline\\), at most 4 slots per page, version [0-9a-f]{16}\\R");
        assertThat(err()).isEmpty();
    }

    @Test
    @DisplayName("an invalid file prints file:line:col: message on stderr and exits 1; the folder's templates join the bundled ones")
    void invalidFile() {
        assertThat(run(FIXTURES, "bad.yaml", "good.yaml")).isEqualTo(1);
        assertThat(err()).isEqualTo("bad.yaml:4:26: candidates.every must be >= 1, got 0\n"
                + "bad.yaml:5:23: template \"scrol\" not found in rules/templates, did you mean \"scroll-to-continue\"?"
                + " known: amp, gpt, house, native, newsletter, prebid, scroll-to-continue\n");
        assertThat(out()).startsWith("good.yaml: OK");
        assertThat(out()).doesNotContain("bad.yaml");
    }

    @Test
    @DisplayName("warnings go to stderr too, and do not fail the run")
    void warnings() {
        assertThat(run(FIXTURES, "warned.yaml")).isZero();
        assertThat(err()).isEqualTo("warned.yaml:5:16: warning: max_slots is 0, so placement \"inline\" never places a slot\n");
        assertThat(out()).contains("warned.yaml: OK").contains("1 warning");
    }

    @Test
    @DisplayName("paths are named in messages as typed, relative to the working directory")
    void pathsAsTyped() {
        assertThat(run(FIXTURES.getParent(), "cli/bad.yaml")).isEqualTo(1);
        assertThat(err()).startsWith("cli/bad.yaml:4:26: ");
    }

    @Test
    @DisplayName("a missing file is an error, not a crash")
    void missingFile() {
        assertThat(run(FIXTURES, "nope.yaml")).isEqualTo(1);
        assertThat(err()).isEqualTo("nope.yaml:0:0: cannot read rule file: no such file\n");
    }

    @Test
    @DisplayName("the shipped rule files validate against the bundled templates")
    void shippedFiles() {
        Path rules = Path.of(System.getProperty("adslot.projectRoot", "..")).resolve("rules").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(rules.resolve("templates")),
                "rules/templates/ is not in this tree yet; the shipped files need its templates");
        assertThat(run(rules, "default.yaml", "mobile-news.yaml", "long-form.yaml", "amp.yaml", "subscriber-aware.yaml")).isZero();
        assertThat(err()).isEmpty();
        assertThat(out().lines()).hasSize(5).allMatch(l -> l.contains(": OK, "));
    }

    @Test
    @DisplayName("no file is wrong usage: exit 2")
    void noArguments() {
        assertThat(run(FIXTURES)).isEqualTo(2);
        assertThat(err()).isEqualTo("adslot validate: no rule file given; usage: adslot validate FILE...\n"
                + "(adslot validate --help lists every option, with an example)\n");
    }

    @Test
    @DisplayName("validate /dev/zero and render --rules /dev/zero refuse the device in one line, without running the heap out")
    void deviceAsRuleFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/dev/zero")), "/dev/zero exists on Linux and macOS");

        assertThat(run(FIXTURES, "/dev/zero")).isEqualTo(1);
        assertThat(err()).isEqualTo("/dev/zero:0:0: cannot read rule file: is not a regular file (a device, FIFO or socket); name a file\n");

        CliRun render = CliRun.withInput(FIXTURES, "<p>x</p>", "render", "--rules", "/dev/zero", "-");
        assertThat(render.code()).isEqualTo(1);
        assertThat(render.err()).isEqualTo("/dev/zero:0:0: cannot read rule file: is not a regular file (a device, FIFO or socket); name a file\n");
    }
}
