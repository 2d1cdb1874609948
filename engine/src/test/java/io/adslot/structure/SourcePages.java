package io.adslot.structure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.ArticleCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 81 whole pages of the corpus's {@code trafilatura-source/} with, from {@code trafilatura-raw/}, the
 * article body each was cut from and the manifest's name for that element: the content root a reader picks.
 * Tests that use them are skipped, saying why, when the corpus is absent.
 */
final class SourcePages {

    /**
     * One page.
     *
     * @param name      the manifest's name
     * @param page      the whole page, decoded with its charset
     * @param container the manifest's CSS name of the body's element
     * @param bodyStart where the body's element starts in the page
     * @param bodyEnd   where it ends
     */
    record Page(String name, String page, String container, int bodyStart, int bodyEnd) {
    }

    private SourcePages() {
    }

    static List<Page> all() {
        Path root = ArticleCorpus.root();
        Path manifest = root.resolve("trafilatura-raw").resolve("manifest.tsv");
        assumeTrue(Files.isRegularFile(manifest), "no corpus manifest at " + manifest + " (the corpus is not part of the project): test skipped");
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int nameColumn = header.indexOf("name");
            int encodingColumn = header.indexOf("encoding");
            int containerColumn = header.indexOf("container");
            List<Page> pages = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                String name = cells[nameColumn];
                Path source = root.resolve("trafilatura-source").resolve(name + ".html");
                Path raw = root.resolve("trafilatura-raw").resolve(name + ".html");
                if (!Files.isRegularFile(source) || !Files.isRegularFile(raw)) {
                    continue;
                }
                Charset charset = Charset.forName(cells[encodingColumn].equals("cp1252") ? "windows-1252" : cells[encodingColumn]);
                String page = new String(Files.readAllBytes(source), charset);
                String body = new String(Files.readAllBytes(raw), charset);
                int at = page.indexOf(body);
                pages.add(new Page(name, page, cells[containerColumn], at, at < 0 ? -1 : at + body.length()));
            }
            assumeTrue(!pages.isEmpty(), "no whole pages in " + root.resolve("trafilatura-source") + ": test skipped");
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
