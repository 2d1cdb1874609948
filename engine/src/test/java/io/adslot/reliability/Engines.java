package io.adslot.reliability;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Engines and pages the reliability tests render with, built only through the public API. */
final class Engines {

    private Engines() {
    }

    /** A test resource under {@code reliability/} as a file path. */
    static Path resource(String name) {
        try {
            return Path.of(Engines.class.getResource("/reliability/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource reliability/" + name, e);
        }
    }

    /**
     * Slots at nearly every usable gap ({@code reliability/rules/everywhere.yaml}), bundled templates.
     * Without a decision cache, so that a second render recomputes everything (determinism checks).
     */
    static AdSlotEngine everywhere() {
        return AdSlotEngine.builder().rules(resource("rules/everywhere.yaml")).cacheEnabled(false).withoutMetrics().build();
    }

    /** {@link #everywhere()} reading its input as a whole page: the content root found automatically. */
    static AdSlotEngine everywhereInAutomaticRoot() {
        return AdSlotEngine.builder().rules(resource("rules/everywhere.yaml")).contentRoot("auto").cacheEnabled(false)
                .withoutMetrics().build();
    }

    /** The default rules shipped in the jar, without a decision cache. */
    static AdSlotEngine shippedDefaults() {
        return AdSlotEngine.builder().cacheEnabled(false).withoutMetrics().build();
    }

    static PageContext mobile() {
        return PageContext.builder().device("mobile").section("news").build();
    }

    static PageContext desktop() {
        return PageContext.builder().device("desktop").section("sport").tags("a", "b").build();
    }

    static List<Splice> splices(RenderResult result) {
        return result.insertions().stream().map(Engines::splice).toList();
    }

    static Splice splice(Insertion insertion) {
        return new Splice(insertion.offset(), insertion.html());
    }

    static List<Integer> offsets(RenderResult result) {
        return result.insertions().stream().map(Insertion::offset).toList();
    }
}
