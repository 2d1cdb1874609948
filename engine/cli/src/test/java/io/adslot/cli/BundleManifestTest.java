package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.BundleManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** adslot-cli's OSGi manifest: a program, so it exports nothing, and it imports no Guice or Guava. */
@DisplayName("The command-line bundle exports nothing and imports no Guice or Guava")
class BundleManifestTest {

    private static final BundleManifest MANIFEST = BundleManifest.of(Main.class);

    @Test
    @DisplayName("the bundle is io.adslot.cli and exports no package")
    void exportsNothing() {
        assertThat(MANIFEST.header("Bundle-SymbolicName")).isEqualTo("io.adslot.cli");
        assertThat(MANIFEST.header("Automatic-Module-Name")).isEqualTo("io.adslot.cli");
        assertThat(MANIFEST.exportedPackages()).isEmpty();
    }

    @Test
    @DisplayName("it imports the engine's packages and jackson-databind, and nothing of Guice or Guava")
    void importsOnlyWhatItUses() {
        assertThat(MANIFEST.importedPackages()).contains("io.adslot.engine", "com.fasterxml.jackson.databind")
                .noneMatch(name -> name.startsWith("com.google.inject") || name.startsWith("com.google.common"));
    }
}
