package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TagInfoTest {

    /** The name-class bits, {@code SPECIAL} to {@code HEADING}; the Standard's scopes and categories are checked in {@link #treeBuilderBits}. */
    private static final int NAME_CLASS_BITS = (1 << 7) - 1;

    private static int nameClassFlags(int flags) {
        return flags & NAME_CLASS_BITS;
    }

    @Test
    @DisplayName("a tag's flags say what the tree rules ask of it: special, formatting, scope boundary, styling wrapper, heading")
    void flagsOfHtmlNames() {
        assertThat(nameClassFlags(TagInfo.known("p").flags)).isEqualTo(TagInfo.SPECIAL);
        assertThat(nameClassFlags(TagInfo.known("h2").flags)).isEqualTo(TagInfo.SPECIAL | TagInfo.HEADING);
        assertThat(nameClassFlags(TagInfo.known("hgroup").flags)).isEqualTo(TagInfo.SPECIAL);
        assertThat(nameClassFlags(TagInfo.known("table").flags)).isEqualTo(TagInfo.SPECIAL | TagInfo.SCOPE_BOUNDARY);
        assertThat(nameClassFlags(TagInfo.known("a").flags)).isEqualTo(TagInfo.FORMATTING);
        assertThat(nameClassFlags(TagInfo.known("b").flags)).isEqualTo(TagInfo.FORMATTING | TagInfo.STYLING_WRAPPER);
        assertThat(nameClassFlags(TagInfo.known("span").flags)).isEqualTo(TagInfo.STYLING_WRAPPER);
        assertThat(TagInfo.known("img").flags).isZero();
        assertThat(nameClassFlags(TagInfo.known("svg").flags)).isEqualTo(TagInfo.FOREIGN | TagInfo.FOREIGN_ROOT);
    }

    @Test
    @DisplayName("foreign names on the element stacks are foreign, and the integration points bound scope")
    void flagsOfForeignNames() {
        assertThat(TagInfo.stackFlags("svg circle")).isEqualTo(TagInfo.FOREIGN);
        assertThat(nameClassFlags(TagInfo.stackFlags("svg foreignobject"))).isEqualTo(TagInfo.FOREIGN | TagInfo.SCOPE_BOUNDARY);
        assertThat(nameClassFlags(TagInfo.stackFlags("math mi"))).isEqualTo(TagInfo.FOREIGN | TagInfo.SCOPE_BOUNDARY);
        assertThat(TagInfo.stackFlags("math")).isEqualTo(TagInfo.FOREIGN | TagInfo.FOREIGN_ROOT);
        // an HTML title is special, an SVG title an integration point
        assertThat(nameClassFlags(TagInfo.stackFlags("title"))).isEqualTo(TagInfo.SPECIAL);
    }

    @Test
    @DisplayName("the tree builder's bits: the Standard's scopes, implied end tags, mode elements and special category")
    void treeBuilderBits() {
        assertThat(TagInfo.stackFlags("ul") & TagInfo.LIST_SCOPE).isNotZero();
        assertThat(TagInfo.stackFlags("button") & TagInfo.BUTTON_SCOPE).isNotZero();
        assertThat(TagInfo.stackFlags("template") & TagInfo.TABLE_SCOPE).isNotZero();
        assertThat(TagInfo.stackFlags("li") & TagInfo.IMPLIED_END).isNotZero();
        assertThat(TagInfo.stackFlags("tbody") & TagInfo.IMPLIED_END_THOROUGH).isNotZero();
        assertThat(TagInfo.stackFlags("select") & TagInfo.MODE_ELEMENT).isNotZero();
        // dialog is SPECIAL (a jsoup quirk, see TagInfo), not in the Standard's special category; an SVG title is, as an integration point
        assertThat(TagInfo.stackFlags("dialog") & TagInfo.SPEC_SPECIAL).isZero();
        assertThat(TagInfo.stackFlags("svg title") & TagInfo.SPEC_SPECIAL).isNotZero();
        assertThat(TagInfo.stackFlags("span") & TagInfo.SPEC_SPECIAL).isZero();
    }

    @Test
    @DisplayName("flags depend on the name alone: an unknown tag that lower-cases to a known name gets its flags")
    void flagsOfUnknownNames() {
        assertThat(TagInfo.lookup("my-widget", 0, 9).flags).isZero();
        String kelvinBlockquote = "bloc\u212Aquote"; // KELVIN SIGN lower-cases to 'k'
        TagInfo info = TagInfo.lookup(kelvinBlockquote, 0, kelvinBlockquote.length());
        assertThat(info.name).isEqualTo("blockquote");
        assertThat(info.flags).isEqualTo(TagInfo.stackFlags("blockquote"));
    }

    @Test
    @DisplayName("a name read eight chars at once from the Latin-1 window is the name read char by char")
    void readKnownThroughTheWindow() {
        String src = "<STRONG class=x><p><h2/><blockquote>\t<a\n<EM><x-y><em\u00e9><i\u0001>" + " ".repeat(16);
        Latin1Window window = Latin1Window.forSource(src);
        try {
            for (int lt = src.indexOf('<'); lt >= 0; lt = src.indexOf('<', lt + 1)) {
                assertThat(TagInfo.readKnown(src, lt + 1, src.length(), window))
                        .as("name at %d", lt)
                        .isSameAs(TagInfo.readKnown(src, lt + 1, src.length(), null));
            }
            assertThat(TagInfo.readKnown(src, 1, src.length(), window)).isSameAs(TagInfo.known("strong"));
            assertThat(TagInfo.readKnown(src, src.indexOf("<em\u00e9") + 1, src.length(), window)).isNull();
            assertThat(TagInfo.readKnown(src, src.indexOf("<i\u0001") + 1, src.length(), window)).isNull();
        } finally {
            Latin1Window.release();
        }
    }

    @Test
    @DisplayName("a name holding a typographic space, quote or dash is no known name, also read through the window's stand-ins for them")
    void typographicCharsInANameThroughTheWindow() {
        for (char c = '\u2000'; c < '\u2070'; c++) {
            for (String name : new String[] {"p" + c, "h2" + c + "x", "a" + c + "bcdefghij"}) {
                String src = "<" + name + ">" + " ".repeat(16);
                Latin1Window window = Latin1Window.forSource(src);
                try {
                    assertThat(TagInfo.readKnown(src, 1, src.length(), window))
                            .as("<%s> with U+%04X", name, (int) c)
                            .isNull();
                } finally {
                    Latin1Window.release();
                }
            }
        }
    }
}
