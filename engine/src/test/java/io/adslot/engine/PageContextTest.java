package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A page context normalizes keys and values the way the rules compare them")
class PageContextTest {

    @Test
    @DisplayName("standard keys, lower-cased values, booleans as true/false, locale as a language tag")
    void standardKeys() {
        PageContext page = PageContext.builder().device("Mobile").section(" News ").tags("Cycling", "Local")
                .locale(Locale.UK).country("GB").subscriber(true).amp(false).pageType("Article")
                .custom("Brand", "Acme").custom("topics", List.of("a", " ", "B")).build();

        assertThat(page.toContextValues().asMap()).isEqualTo(Map.of(
                "device", List.of("mobile"), "section", List.of("news"), "tags", List.of("cycling", "local"),
                "locale", List.of("en-gb"), "country", List.of("gb"), "subscriber", List.of("true"),
                "amp", List.of("false"), "page_type", List.of("article"), "brand", List.of("acme"),
                "topics", List.of("a", "b")));
        assertThat(page.get("DEVICE")).isEqualTo("mobile");
    }

    @Test
    @DisplayName("null or blank values leave a key out; an empty builder gives the empty context")
    void emptyValues() {
        assertThat(PageContext.builder().section(null).custom("x", "  ").build().toContextValues().asMap()).isEmpty();
        assertThat(PageContext.builder().build()).isSameAs(PageContext.empty());
    }

    @Test
    @DisplayName("equal contexts are equal, whatever the order of the calls")
    void equality() {
        assertThat(PageContext.builder().device("mobile").section("news").build())
                .isEqualTo(PageContext.builder().section("NEWS").device("mobile").build())
                .hasSameHashCodeAs(PageContext.builder().section("news").device("mobile").build());
    }

    @Test
    @DisplayName("rule problems print as file:line:col: message, warnings marked")
    void problemFormat() {
        assertThat(new InvalidRulesException.Problem("a.yaml", 3, 7, true, "bad").format()).isEqualTo("a.yaml:3:7: bad");
        assertThat(new InvalidRulesException.Problem("a.yaml", 3, 7, false, "odd").format()).isEqualTo("a.yaml:3:7: warning: odd");
    }

    @Test
    @DisplayName("a null tag is dropped like a blank one; a null tag array or key fails naming the argument")
    void nullArguments() {
        assertThat(PageContext.builder().tags("a", null, "b").build().toContextValues().all("tags")).containsExactly("a", "b");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> PageContext.builder().tags((String[]) null)).withMessage("tags");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> PageContext.builder().custom(null, "x")).withMessage("key");
    }

    @Test
    @DisplayName("device aliases map to the device in any case; any other device is rejected, naming the devices")
    void deviceAliases() {
        assertThat(PageContext.builder().device("phone").build().get("device")).isEqualTo("mobile");
        assertThat(PageContext.builder().device("iPad").build().get("device")).isEqualTo("tablet");
        assertThat(PageContext.builder().device("Tablet").build().get("device")).isEqualTo("tablet");
        assertThat(PageContext.builder().device("laptop").build().get("device")).isEqualTo("desktop");
        assertThat(PageContext.builder().custom("device", "smartphone").build().get("device")).isEqualTo("mobile");
        assertThat(PageContext.builder().device(null).build()).isEqualTo(PageContext.empty());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageContext.builder().device("tablte"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown device \"tablte\", did you mean \"tablet\"?; devices are mobile, tablet, desktop");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageContext.builder().custom("device", List.of("watch")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown device \"watch\"");
    }
}
