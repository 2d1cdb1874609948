package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.PageContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of issue 14 as fixture files, one article per file in {@code reliability/judge-cases/},
 * each rendered through {@link AdSlotEngine} with a placement that may use every gap, once per shipped
 * template ({@code rules/templates/}; the amp one on an AMP page), and with every shipped rule file:
 * nothing lost, every slot legal by jsoup's judge and by the spec parser's ({@link RenderInvariants}).
 *
 * <p>Cases today's scanner still gets wrong wait in {@code reliability/judge-cases-pending/}: that folder
 * is checked to fail somewhere, so a case the scanner starts to pass is moved to {@code judge-cases/}
 * (see the folder's README).
 */
@DisplayName("Issue 14's shapes keep every promise with every shipped template")
class JudgeCasesTest {

    /** Gives the generated every-gap rule files the atomic selectors of the bundled defaults. */
    private static final String ATOMIC = "atomic: [aside, \".related\", \"[data-embed]\"]\n";

    @TempDir
    static Path rulesDir;

    /** Engine and page per configuration name, in a stable order. */
    private static final Map<String, Configuration> CONFIGURATIONS = new LinkedHashMap<>();

    private record Configuration(AdSlotEngine engine, PageContext page) {
    }

    @BeforeAll
    static void engines() throws IOException {
        String everywhere = Files.readString(Engines.resource("rules/everywhere.yaml"));
        for (String template : shippedTemplates()) {
            boolean amp = template.equals("amp");
            String rules = everywhere.replace("template: scroll-to-continue", "template: " + template)
                    .replace("version: 1\n", "version: 1\n" + ATOMIC)
                    .replace("    kind: ad\n", amp ? "    kind: ad\n    when: { amp: true }\n" : "    kind: ad\n");
            Path file = rulesDir.resolve("everywhere-" + template + ".yaml");
            Files.writeString(file, rules);
            AdSlotEngine engine = AdSlotEngine.builder().rules(file).cacheEnabled(false).withoutMetrics().build();
            CONFIGURATIONS.put("every gap, " + template + " template", new Configuration(engine, page(amp)));
        }
        for (Path ruleFile : shipped("rules", ".yaml")) {
            String name = ruleFile.getFileName().toString();
            AdSlotEngine engine = AdSlotEngine.builder().rulesResource("adslot/rules/" + name)
                    .cacheEnabled(false).withoutMetrics().build();
            CONFIGURATIONS.put("shipped " + name, new Configuration(engine, page(name.equals("amp.yaml"))));
        }
    }

    @AfterAll
    static void close() {
        CONFIGURATIONS.values().forEach(c -> c.engine().close());
        CONFIGURATIONS.clear();
    }

    @TestFactory
    @DisplayName("judge-cases/: every case passes every configuration")
    Stream<DynamicTest> cases() {
        return caseFiles("judge-cases").stream().flatMap(file -> CONFIGURATIONS.entrySet().stream()
                .map(c -> DynamicTest.dynamicTest(file.getFileName() + " (" + c.getKey() + ")",
                        () -> SLOTS_JUDGED.addAndGet(RenderInvariants.checkEverything(c.getValue().engine(), read(file),
                                c.getValue().page()).insertions().size()))));
    }

    private static final java.util.concurrent.atomic.AtomicLong SLOTS_JUDGED = new java.util.concurrent.atomic.AtomicLong();

    /** Guards against a vacuous pass: the every-gap rules must really have put slots into the cases. */
    @AfterAll
    static void slotsWereJudged() {
        if (!caseFiles("judge-cases").isEmpty()) {
            assertThat(SLOTS_JUDGED.get()).as("slots judged in judge-cases/").isGreaterThan(0L);
        }
    }

    @TestFactory
    @DisplayName("judge-cases-pending/: every case still fails somewhere (else move it to judge-cases/)")
    Stream<DynamicTest> pendingCases() {
        return caseFiles("judge-cases-pending").stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> assertThat(failures(read(file)))
                        .as("%s passes every configuration now: move it to judge-cases/", file.getFileName())
                        .isNotEmpty()));
    }

    /** The configurations under which {@code html} breaks a promise, with the first complaint of each. */
    static List<String> failures(String html) {
        List<String> failures = new ArrayList<>();
        CONFIGURATIONS.forEach((name, c) -> {
            try {
                RenderInvariants.checkEverything(c.engine(), html, c.page());
            } catch (AssertionError e) {
                failures.add(name + ": " + e.getMessage());
            }
        });
        return failures;
    }

    private static PageContext page(boolean amp) {
        return PageContext.builder().device("mobile").section("news").amp(amp).build();
    }

    private static List<String> shippedTemplates() {
        return shipped("rules/templates", ".mustache").stream()
                .map(p -> p.getFileName().toString().replace(".mustache", "")).toList();
    }

    /** Files ending in {@code suffix} in the project's folder {@code folder}, sorted. */
    private static List<Path> shipped(String folder, String suffix) {
        Path dir = Path.of(System.getProperty("adslot.projectRoot", ".."), folder);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("shipped files in %s", dir).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> caseFiles(String folder) {
        try (Stream<Path> files = Files.list(Engines.resource(folder))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes read as UTF-8, as the fuzz tests read theirs (a fuzzer's input may not be UTF-8). */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
