package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adslot.ArticleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code adslot render --format json} over every real article body in {@code ../shared/corpus/}: each run
 * succeeds, its insertions reproduce its output byte for byte, and no insertion falls inside an element
 * that must not be entered, as jsoup (an independent HTML5 parser) places those elements in the source.
 */
class RenderCorpusTest {

    /** Elements a slot must never land inside, wherever they stand in the tree. */
    private static final Set<String> NEVER_ENTERED = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "dl", "li", "table", "blockquote", "figure", "pre", "script", "style", "iframe", "video", "audio",
            "embed", "object", "aside", "form", "a", "button", "textarea", "select", "svg");

    @Test
    @DisplayName("every corpus article renders, its insertions reproduce the output, none lands inside a block")
    void everyCorpusArticle() throws IOException {
        List<Path> files = ArticleCorpus.bodyFiles();
        assertThat(files).isNotEmpty();
        ObjectMapper mapper = new ObjectMapper();
        int withSlots = 0;
        int slots = 0;
        for (Path file : files) {
            CliRun run = CliRun.run(file.getParent(), "render", "--format", "json",
                    file.getFileName().toString());
            assertThat(run.code()).as("exit code for %s: %s", file, run.err()).isZero();
            JsonNode json = mapper.readTree(run.out());
            String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(RenderedJson.apply(input, json)).as("insertions reproduce the output of %s", file)
                    .isEqualTo(json.get("html").asText());
            List<int[]> forbidden = forbiddenRanges(input);
            for (JsonNode insertion : json.get("insertions")) {
                int offset = insertion.get("offset").asInt();
                for (int[] range : forbidden) {
                    assertThat(offset > range[0] && offset < range[1])
                            .as("%s: slot %s at %d inside %s [%d, %d)", file, insertion.get("slotId"), offset,
                                    input.substring(range[0], Math.min(range[1], range[0] + 40)), range[0], range[1])
                            .isFalse();
                }
                slots++;
            }
            withSlots += json.get("insertions").isEmpty() ? 0 : 1;
        }
        System.out.printf("render --format json over %d corpus articles: %d slots, %d articles with a slot%n",
                files.size(), slots, withSlots);
        assertThat(withSlots).as("most real articles get a slot").isGreaterThan(files.size() / 2);
    }

    /**
     * Source ranges {@code [start, end)} of every never-entered element in jsoup's tree (nested ones too);
     * an element whose end tag is implied ends where its last descendant ends.
     */
    private static List<int[]> forbiddenRanges(String input) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(input, "");
        List<int[]> ranges = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(doc.body());
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            for (Element child : element.children()) {
                stack.push(child);
            }
            if (!NEVER_ENTERED.contains(element.normalName()) || !element.sourceRange().isTracked()) {
                continue;
            }
            int start = element.sourceRange().startPos();
            int end = element.endSourceRange().isTracked() ? element.endSourceRange().endPos() : contentEnd(element);
            if (end > start) {
                ranges.add(new int[] {start, end});
            }
        }
        return ranges;
    }

    private static int contentEnd(Element element) {
        int end = element.sourceRange().endPos();
        Deque<Node> stack = new ArrayDeque<>(element.childNodes());
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node.sourceRange().isTracked()) {
                end = Math.max(end, node.sourceRange().endPos());
            }
            if (node instanceof Element e && e.endSourceRange().isTracked()) {
                end = Math.max(end, e.endSourceRange().endPos());
            }
            stack.addAll(node.childNodes());
        }
        return end;
    }
}
