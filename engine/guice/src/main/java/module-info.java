/**
 * The Guice module of the adslot engine: {@code io.adslot.inject.AdSlotModule} and the bindings a host
 * overrides. Guice reads the module's {@code @Provides} methods reflectively, hence the package is open to it.
 *
 * <p>Guice publishes no module descriptor (an automatic module), hence the suppressed lint.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.adslot.guice {
    requires transitive io.adslot;
    requires transitive com.google.guice;
    // @ForAdSlot is a jakarta.inject.Qualifier.
    requires transitive jakarta.inject;

    exports io.adslot.inject;
    opens io.adslot.inject to com.google.guice;
}
