package io.adslot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless on a local file, once per call, with a fresh profile and every
 * background network feature off: for tests that need a real layout engine.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Loads the page at a window size and returns its DOM after its scripts ran, as Chromium serialises it;
     * with {@code screenshot} not null, also writes a PNG of the window.
     */
    static String load(Path page, int width, int height, Path screenshot) throws IOException, InterruptedException {
        if (screenshot == null) {
            return run(page, width, height, "--dump-dom");
        }
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        return run(page, width, height, "--dump-dom", "--screenshot=" + screenshot.toAbsolutePath(), "--hide-scrollbars");
    }

    private static String run(Path page, int width, int height, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("adslot-chromium-");
        try {
            List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--mute-audio", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height, "--virtual-time-budget=5000"));
            command.addAll(List.of(mode));
            command.add(page.toAbsolutePath().toUri().toString());
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("chromium did not finish within 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited with " + process.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A profile file still held open by an exiting helper process; the temp folder is cleaned later.
        }
    }
}
