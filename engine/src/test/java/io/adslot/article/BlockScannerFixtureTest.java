package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture in {@code src/test/resources/article/fixtures/}: {@code NAME.html} is scanned and
 * its blocks and markers must be exactly those listed, in order, in {@code NAME.blocks}.
 *
 * <p>An expectation names each block by its kind and its exact source text rather than by offsets, so
 * that a fixture can be written and reviewed by eye; the text is looked up from the end of the previous
 * block, and the block must start and end exactly there. Format of a {@code .blocks} file:
 * <pre>
 * # comment
 * selectors: .related #comments [data-embed]      (optional: ScanOptions.ofSelectors)
 * PARAGRAPH words=4 `&lt;p&gt;Some words here.&lt;/p&gt;`
 * HEADING level=2 words=1 noSlot `&lt;h2&gt;Title`
 * marker here at=2 between `&lt;!-- adslot:here --&gt;`
 * </pre>
 * {@code words} is checked when given; {@code noSlot} and {@code level} are always checked (absent means
 * false and 0). In the quoted text {@code \n}, {@code \r}, {@code \t}, {@code \0} and {@code \\} are escapes.
 */
class BlockScannerFixtureTest {

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(String name) throws IOException, URISyntaxException {
        String html = Files.readString(folder().resolve(name + ".html"), StandardCharsets.UTF_8);
        Expectation expected = Expectation.parse(Files.readAllLines(folder().resolve(name + ".blocks"), StandardCharsets.UTF_8));

        ScannedArticle article = new BlockScanner(ScanOptions.ofSelectors(expected.selectors)).scan(html);

        ScanInvariants.assertWellFormed(article, name);
        assertThat(describe(html, article.blocks()))
                .as("%s: blocks (kind and source text)", name)
                .containsExactlyElementsOf(expected.blocks.stream().map(ExpectedBlock::describe).toList());
        int from = 0;
        for (int i = 0; i < expected.blocks.size(); i++) {
            ExpectedBlock e = expected.blocks.get(i);
            Block actual = article.blocks().get(i);
            int start = html.indexOf(e.text, from);
            assertThat(actual.start()).as("%s: start of block %d `%s`", name, i, e.text).isEqualTo(start);
            assertThat(actual.end()).as("%s: end of block %d `%s`", name, i, e.text).isEqualTo(start + e.text.length());
            if (e.words >= 0) {
                assertThat(actual.words()).as("%s: words of block %d `%s`", name, i, e.text).isEqualTo(e.words);
            }
            assertThat(actual.level()).as("%s: level of block %d", name, i).isEqualTo(e.level);
            assertThat(actual.noSlotZone()).as("%s: noSlotZone of block %d", name, i).isEqualTo(e.noSlot);
            from = actual.end();
        }
        List<String> markers = new ArrayList<>();
        for (Marker m : article.markers()) {
            markers.add(m.name() + " at=" + m.blockIndex() + (m.betweenBlocks() ? " between" : " inside")
                    + " `" + html.substring(m.start(), m.end()) + "`");
        }
        assertThat(markers).as("%s: markers", name).containsExactlyElementsOf(expected.markers);
    }

    private static List<String> describe(String html, List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b.kind() + " `" + html.substring(b.start(), b.end()) + "`");
        }
        return out;
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(BlockScannerFixtureTest.class.getResource("/article/fixtures").toURI());
    }

    private record ExpectedBlock(BlockKind kind, int level, int words, boolean noSlot, String text) {
        String describe() {
            return kind + " `" + text + "`";
        }
    }

    private static final class Expectation {
        final List<String> selectors = new ArrayList<>();
        final List<ExpectedBlock> blocks = new ArrayList<>();
        final List<String> markers = new ArrayList<>();

        static Expectation parse(List<String> lines) {
            Expectation e = new Expectation();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("selectors:")) {
                    e.selectors.addAll(List.of(line.substring("selectors:".length()).trim().split("\\s+")));
                    continue;
                }
                int open = line.indexOf('`');
                int close = line.lastIndexOf('`');
                if (open < 0 || close <= open) {
                    throw new IllegalArgumentException("expectation line without `source text`: " + line);
                }
                String text = unescape(line.substring(open + 1, close));
                String[] fields = line.substring(0, open).trim().split("\\s+");
                if (fields[0].equals("marker")) {
                    e.markers.add(line.substring("marker ".length(), open) + "`" + text + "`");
                    continue;
                }
                int level = 0;
                int words = -1;
                boolean noSlot = false;
                for (int i = 1; i < fields.length; i++) {
                    String f = fields[i];
                    if (f.startsWith("level=")) {
                        level = Integer.parseInt(f.substring(6));
                    } else if (f.startsWith("words=")) {
                        words = Integer.parseInt(f.substring(6));
                    } else if (f.equals("noSlot")) {
                        noSlot = true;
                    } else {
                        throw new IllegalArgumentException("unknown field " + f + " in: " + line);
                    }
                }
                e.blocks.add(new ExpectedBlock(BlockKind.valueOf(fields[0]), level, words, noSlot, text));
            }
            return e;
        }

        private static String unescape(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char next = s.charAt(++i);
                    b.append(switch (next) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case '0' -> '\0';
                        default -> next;
                    });
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
