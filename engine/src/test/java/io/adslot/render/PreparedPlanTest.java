package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adslot.placement.Plan;
import io.adslot.rules.ContextValues;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A prepared plan splices its markup at its offsets, into a String or an Appendable alike")
class PreparedPlanTest {

    static final SlotTemplates TEMPLATES = SlotTemplates.of(Map.of("t", "[{{slotId}}]"));

    static PreparedPlan prepare(String input, int... offsets) {
        List<io.adslot.placement.SlotDecision> slots = new java.util.ArrayList<>();
        for (int offset : offsets) {
            slots.add(Decisions.at(offset, "t"));
        }
        return PreparedPlan.prepare(input, new Plan(slots, List.of(), false, "mobile", 0, 0), TEMPLATES, ContextValues.empty());
    }

    @Test
    @DisplayName("slots at the start, the middle (twice at one offset) and the end; UTF-16 text kept intact")
    void splice() throws IOException {
        String input = "“Quoted” — text";
        PreparedPlan plan = prepare(input, 0, 8, 8, input.length());

        String out = plan.splice(input);
        StringBuilder streamed = new StringBuilder();
        plan.spliceTo(input, streamed);
        StringWriter written = new StringWriter();
        plan.spliceTo(input, written);

        assertThat(out).isEqualTo("[inline-1]“Quoted”[inline-1][inline-1] — text[inline-1]");
        assertThat(streamed.toString()).isEqualTo(out);
        assertThat(written.toString()).as("through a Writer").isEqualTo(out);
        assertThat(plan.markupLength()).isEqualTo(40);
        assertThat(plan.fits(input)).isTrue();
        assertThat(plan.fits(input + "x")).isFalse();
        PreparedPlan middle = prepare(input, 8);
        assertThat(middle.fits(new String(input.toCharArray()))).as("an equal body in another string").isTrue();
        assertThat(middle.fits("“Quoted” — test")).as("same length, same text before the offset, edited after it").isFalse();
        assertThat(middle.fits("“Quotes” — text")).as("same length, other text before the offset").isFalse();
    }

    @Test
    @DisplayName("Latin-1 and UTF-16 articles spliced in turn on one thread each come out whole")
    void mixedCoders() {
        String wide = "<p>\u201Cone\u201D</p><p>two \u2014 three</p>";
        String narrow = "<p>caf\u00E9</p><p>plain</p>";
        PreparedPlan widePlan = prepare(wide, 12);
        PreparedPlan narrowPlan = prepare(narrow, 11);

        for (int i = 0; i < 3; i++) {
            assertThat(widePlan.splice(wide)).isEqualTo("<p>\u201Cone\u201D</p>[inline-1]<p>two \u2014 three</p>");
            assertThat(narrowPlan.splice(narrow)).isEqualTo("<p>caf\u00E9</p>[inline-1]<p>plain</p>");
        }
    }

    @Test
    @DisplayName("a plan made for one splice fits only the string it was made for")
    void preparedOnce() {
        String input = "<p>one</p><p>two</p>";
        PreparedPlan once = PreparedPlan.prepareOnce(input, new Plan(List.of(Decisions.at(10, "t")), List.of(), false,
                "mobile", 0, 0), TEMPLATES, ContextValues.empty());

        assertThat(once.splice(input)).isEqualTo("<p>one</p>[inline-1]<p>two</p>");
        assertThat(once.fits(input)).isTrue();
        assertThat(once.fits(new String(input.toCharArray()))).isFalse();
    }

    @Test
    @DisplayName("no slots: the input itself comes back, not a copy")
    void emptyPlan() {
        String input = "<p>x</p>";
        assertThat(PreparedPlan.empty().splice(input)).isSameAs(input);
        assertThat(PreparedPlan.empty().fits("anything")).isTrue();
    }

    @Test
    @DisplayName("offsets out of order or past the input are rejected before anything is written")
    void badOffsets() {
        assertThatThrownBy(() -> prepare("abc", 2, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> prepare("abc", 4)).isInstanceOf(IllegalStateException.class);
    }
}
