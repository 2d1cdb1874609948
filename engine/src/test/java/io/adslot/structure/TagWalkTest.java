package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The walk's reading of where elements open and close follows the HTML Standard's tree construction in the
 * rules that decide an element's extent on tag soup.
 */
class TagWalkTest {

    @Test
    @DisplayName("an end tag of another heading level closes the open heading, as any heading end tag does")
    void headingEndTagOfAnotherLevel() {
        assertThat(elements("<div><h3>Title</h2><p>Text</p></div>"))
                .isEqualTo("div[0,36] h3[5,19] p[19,30]");
    }

    @Test
    @DisplayName("a cell, row or row group outside a table is ignored: no element opens, the paragraph around it closes at its end tag")
    void tablePartsOutsideATable() {
        assertThat(elements("<p>One <td>two</td> three</p><p>Four</p>"))
                .isEqualTo("p[0,29] p[29,40]");
        assertThat(elements("<table><tr><td>Cell</td></tr></table>"))
                .isEqualTo("table[0,37] tr[7,29] td[11,24]");
    }

    @Test
    @DisplayName("</li> does not reach a list item outside the list it stands in (list item scope); the div closes the paragraph")
    void listItemEndTagStopsAtItsList() {
        assertThat(elements("<li>Outer<ol><p>Inner</li><div>After</div></ol></li>"))
                .isEqualTo("li[0,52] ol[9,47] p[13,26] div[26,42]");
    }

    @Test
    @DisplayName("an <html>, <head> or <body> start tag in the body opens nothing, so the </div> after it still closes its div")
    void pageElementsOpenOnce() {
        assertThat(elements("<html><head></head><body><div><p>One<html><head><body><aside>Two</div><p>Three</aside></body></html>"))
                .isEqualTo("html[0,100] head[6,19] body[19,100] div[25,70] p[30,54] aside[54,64] p[70,100]");
    }

    @Test
    @DisplayName("a start tag that is not head content ends the head, as text does; a <head> or <body> after content opens nothing")
    void headEndsWhereTheBodyBegins() {
        assertThat(elements("<html><head><title>T</title><div>Text</div><body><p>After</p>"))
                .isEqualTo("html[0,61] head[6,28] title[12,28] div[28,43] p[49,61]");
        assertThat(elements("<head><meta charset=utf-8>Text<head><div>More</div>"))
                .isEqualTo("head[0,26] meta[6,26] div[36,51]");
    }

    /** The elements the walk reads, in the order they open, each with its extent. */
    private static String elements(String html) {
        Recorder recorder = new Recorder();
        new TagWalk(html, 0, html.length(), recorder).run();
        return recorder.outline();
    }

    /** Writes each element as {@code name[start,end]}, in the order elements open. */
    private static final class Recorder implements TagWalk.Listener {
        private final StringBuilder out = new StringBuilder();
        private final Deque<Integer> open = new ArrayDeque<>();

        @Override
        public void open(Tag tag, int depth) {
            open.push(out.length());
            out.append(' ').append(tag.name).append('[').append(tag.start).append(',');
        }

        @Override
        public void close(int depth, int end) {
            int at = out.indexOf(",", open.pop());
            out.insert(at + 1, end + "]");
        }

        @Override
        public void text(int start, int end) {
        }

        String outline() {
            return out.toString().trim();
        }
    }
}
