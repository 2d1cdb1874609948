package io.adslot.inject;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.BundleManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** adslot-guice's OSGi manifest: it exports io.adslot.inject and imports the engine's API, Guice and jakarta.inject only. */
@DisplayName("The Guice bundle exports io.adslot.inject and imports the engine API, Guice and jakarta.inject")
class BundleManifestTest {

    private static final BundleManifest MANIFEST = BundleManifest.of(AdSlotModule.class);

    @Test
    @DisplayName("the bundle is io.adslot.guice and exports io.adslot.inject alone")
    void exportsTheModule() {
        assertThat(MANIFEST.header("Bundle-SymbolicName")).isEqualTo("io.adslot.guice");
        assertThat(MANIFEST.exportedPackages()).containsExactly("io.adslot.inject");
    }

    @Test
    @DisplayName("of the engine it imports only io.adslot.engine; beyond Java, only Guice and jakarta.inject")
    void importsOnlyWhatItUses() {
        assertThat(MANIFEST.importedPackages()).contains("io.adslot.engine", "com.google.inject", "jakarta.inject")
                .allMatch(name -> name.startsWith("java.") || name.equals("io.adslot.engine")
                        || name.startsWith("com.google.inject") || name.equals("jakarta.inject"));
    }
}
