package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownTemplatesTest {

    private static final Path BESIDE = RuleFixtures.path("templates-beside");

    @Test
    @DisplayName("a rule file's templates are the bundled ones plus the *.mustache files in templates/ beside it")
    void templatesBesideTheFile() {
        assertThat(KnownTemplates.inFolder(BESIDE.resolve("templates"))).containsExactly("house");
        assertThat(KnownTemplates.forRuleFile(BESIDE.resolve("rules.yaml")))
                .containsExactlyInAnyOrder("house", "scroll-to-continue", "amp", "native", "gpt", "prebid", "newsletter");
    }

    @Test
    @DisplayName("without a templates/ folder beside the file, the bundled templates are used")
    void bundledOtherwise() {
        assertThat(KnownTemplates.forRuleFile(RuleFixtures.path("features/slot.yaml"))).isEqualTo(KnownTemplates.bundled());
        assertThat(KnownTemplates.bundled()).isSubsetOf(KnownTemplates.BUNDLED_NAMES);
    }

    @Test
    @DisplayName("a folder that cannot be listed has no templates")
    void missingFolder() {
        assertThat(KnownTemplates.inFolder(BESIDE.resolve("no-such-folder"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a template closes an open <p> when its markup starts with an element whose start tag closes one")
    @CsvSource(delimiter = '|', textBlock = """
            <div class="ad">{{slotId}}</div>         | true
            '  {{! a note }}
<ASIDE id=x></aside>'  | true
            <section>                                | true
            <amp-ad width="300"></amp-ad>            | false
            <ins class="adsbygoogle"></ins>          | false
            <span><div></div></span>                 | false
            <table><tr><td>ad</td></tr></table>      | false
            <dialog></dialog>                        | false
            {{#x}}<div></div>{{/x}}                  | false
            <{{tag}}></{{tag}}>                      | false
            {{> box}}                                | false
            ''                                       | false
            """)
    void firstElementClosesParagraph(String source, boolean closes) {
        assertThat(KnownTemplates.startsWithParagraphCloser(source.replace("\\n", "\n"))).isEqualTo(closes);
    }

    @Test
    @DisplayName("every shipped template but amp (an <amp-ad>) starts with an element that closes a <p>")
    void bundledTemplates() {
        for (String name : KnownTemplates.BUNDLED_NAMES) {
            assertThat(KnownTemplates.bundledClosesParagraph(name)).as(name).isEqualTo(!name.equals("amp"));
        }
        assertThat(KnownTemplates.bundledClosesParagraph("no-such-template")).isFalse();
    }
}
