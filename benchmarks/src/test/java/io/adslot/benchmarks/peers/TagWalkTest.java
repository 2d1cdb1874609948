package io.adslot.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TagWalkTest {

    @Test
    @DisplayName("it counts every <...> span from left to right: tags, end tags and comments alike")
    void countsSpans() {
        assertThat(TagWalk.count("<p>One <b>two</b></p><!-- note --><img src=x>")).isEqualTo(6);
    }

    @Test
    @DisplayName("a > inside a span ends it, and a < without a > after it ends the walk")
    void naiveAboutQuotesAndUnclosedSpans() {
        assertThat(TagWalk.count("<a title=\"x > y\">link</a>")).isEqualTo(2);
        assertThat(TagWalk.count("<p>text</p> 1 < 2")).isEqualTo(2);
        assertThat(TagWalk.count("plain text")).isZero();
    }

    @Test
    @DisplayName("on the small article it visits as many spans as the article has tags and comments")
    void smallArticle() {
        String body = Fixtures.read("small-article.html");

        int spans = TagWalk.count(body);

        assertThat(spans).isEqualTo(body.length() - body.replace("<", "").length());
    }
}
