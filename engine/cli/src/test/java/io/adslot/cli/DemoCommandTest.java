package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adslot demo}: the Quick start's first command. */
class DemoCommandTest {

    @Test
    @DisplayName("renders the bundled sample with the bundled rules, says where the slots went and writes a page")
    void demo(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.run(dir, "demo");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("bundled sample article").contains("3 slot(s):")
                .containsPattern("inline-1 +at offset +\\d+, after paragraph «")
                .contains("wrote adslot-demo.html");
        String page = Files.readString(dir.resolve("adslot-demo.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Harbour town votes")
                .contains("id=\"inline-1\"").contains("id=\"inline-3\"");
    }

    @Test
    @DisplayName("-o names the page and --context reaches the rules")
    void outputAndContext(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.run(dir, "demo", "--context", "device=desktop", "-o", "page.html");

        assertThat(run.code()).isZero();
        assertThat(Files.readString(dir.resolve("page.html"))).contains("728x90");
    }
}
