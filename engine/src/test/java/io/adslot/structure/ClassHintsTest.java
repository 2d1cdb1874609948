package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassHintsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gujAd", "gujAd  ", "adVideoInRead", "mvp-post-ad", "mvp-post-ad-wrap", "dfp-ad-right_side",
        "iqd_topAd", "sticky-col-ads", "first_p_ad", "ad-container-right-1431651", "ad-unit__container__container",
        "a-ad a-ad--content", "ADSlot", "TOP_AD", "spDivideNaviAd", "vice-ad__container", "ad2", "grid-box-advertisement",
        "wp-block-group advert-box", "Advertising", "o-teaser--ad-with-fallback"})
    @DisplayName("a class or id names an ad in one of its words: split at -, _, a small letter before a capital, a letter before a digit")
    void aWordNamesAnAd(String value) {
        assertThat(names(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "download", "header gradient", "readAdvice", "addToCart", "adaptive-layout", "b9ad",
        "e1ad", "Headline", "o-section--has-ads", "js-section--has-ads", "with-ad", "no-ads", "ad-free", "adsFree",
        "ad-blocker-notice", "hideAds", "squad", "advertorial", "lead-story", ""})
    @DisplayName("a word that only holds the letters of an ad word, or says the element has ads or none, names no ad")
    void noWordNamesAnAd(String value) {
        assertThat(names(value)).as(value).isFalse();
    }

    @Test
    @DisplayName("an ad word at the end of one token does not carry into the next: \"has\" ends with its token")
    void tokensAreApart() {
        assertThat(names("has ads")).isTrue();
        assertThat(names("story ad-free")).isFalse();
        assertThat(names("ad free")).isTrue();
    }

    @Test
    @DisplayName("only the value's range is read")
    void readsItsRangeOnly() {
        String src = "<div class=\"story\" data-x=\"gujAd\">";
        int start = src.indexOf("story");
        assertThat(ClassHints.namesAnAd(src, start, start + "story".length())).isFalse();
        int ad = src.indexOf("gujAd");
        assertThat(ClassHints.namesAnAd(src, ad, ad + "gujAd".length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"col-md-6", "col-6", "span6", "large-4", "span_4_of_12", "span_11_of_12", "wp-block-column", "col"})
    @DisplayName("a grid column narrower than its row")
    void narrowColumn(String token) {
        assertThat(ClassHints.isColumn(token)).as(token).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"col-12", "col-md-12", "span12", "span_12_of_12", "span_4_of_", "span_x_of_12", "columns", "colophon"})
    @DisplayName("a column as wide as its row, or no column")
    void noNarrowColumn(String token) {
        assertThat(ClassHints.isColumn(token)).as(token).isFalse();
    }

    private static boolean names(String value) {
        return ClassHints.namesAnAd(value, 0, value.length());
    }
}
