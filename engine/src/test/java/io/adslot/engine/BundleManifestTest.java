package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.BundleManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's OSGi manifest, as bnd computed it from the bytecode: it exports the API package alone and
 * imports only what the engine uses, so none of the libraries that moved to adslot-guice and adslot-cli.
 */
@DisplayName("The engine bundle exports io.adslot.engine and imports neither Guice, Guava, databind nor the CLI")
class BundleManifestTest {

    private static final BundleManifest MANIFEST = BundleManifest.of(AdSlotEngine.class);

    @Test
    @DisplayName("the bundle is io.adslot.engine and exports io.adslot.engine alone")
    void exportsTheApi() {
        assertThat(MANIFEST.header("Bundle-SymbolicName")).isEqualTo("io.adslot.engine");
        assertThat(MANIFEST.exportedPackages()).containsExactly("io.adslot.engine");
    }

    @Test
    @DisplayName("it imports the YAML streaming parser, Mustache, Caffeine and SLF4J, and Micrometer optionally")
    void importsWhatTheEngineUses() {
        assertThat(MANIFEST.importedPackages()).contains("com.fasterxml.jackson.core",
                "com.fasterxml.jackson.dataformat.yaml", "org.yaml.snakeyaml", "com.github.mustachejava",
                "com.github.benmanes.caffeine.cache", "org.slf4j");
        assertThat(MANIFEST.importClauses()).filteredOn(clause -> clause.startsWith("io.micrometer"))
                .isNotEmpty().allMatch(clause -> clause.contains("resolution:=optional"));
    }

    @Test
    @DisplayName("it imports nothing of Guice, Guava, jackson-databind or the command line")
    void importsNoneOfTheOtherArtifactsLibraries() {
        assertThat(MANIFEST.importedPackages()).noneMatch(name -> name.startsWith("com.google.inject")
                || name.startsWith("com.google.common") || name.startsWith("jakarta.inject")
                || name.startsWith("com.fasterxml.jackson.databind") || name.startsWith("io.adslot"));
    }
}
