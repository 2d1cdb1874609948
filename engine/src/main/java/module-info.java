/**
 * The adslot engine. Hosts see one package, {@code io.adslot.engine} (the same as the OSGi manifest exports);
 * the others are internal, reached only by the adslot modules built on them through qualified exports:
 * the command line ({@code io.adslot.cli}, adslot-cli) and the benchmarks ({@code io.adslot.benchmarks}).
 *
 * <p>Mustache.java and Micrometer publish no module descriptor (automatic modules), and the qualified exports
 * name modules built after this one, hence the suppressed lint.
 */
@SuppressWarnings({"module", "requires-automatic"})
module io.adslot {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires com.github.mustachejava;
    requires com.github.benmanes.caffeine;
    requires org.slf4j;
    // Cache metrics are published only when the host has Micrometer (AdSlotEngine.Builder.meterRegistry).
    requires static micrometer.core;

    exports io.adslot.engine;

    exports io.adslot.article to io.adslot.cli, io.adslot.benchmarks;
    exports io.adslot.placement to io.adslot.cli, io.adslot.benchmarks;
    exports io.adslot.rules to io.adslot.cli, io.adslot.benchmarks;
    exports io.adslot.render to io.adslot.cli;
    exports io.adslot.structure to io.adslot.cli, io.adslot.benchmarks;

    // Mustache.java reads the template scope's public fields reflectively.
    opens io.adslot.render to com.github.mustachejava;
}
