package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.ApiSurface;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The public API is what {@code module-info} and the OSGi manifest export to everyone: {@code io.adslot.engine}.
 * Every public type there is a promise to users. A new one must be added on purpose to
 * {@code src/test/resources/api/io.adslot.engine.txt}, where a reviewer sees it, not appear by accident; and a
 * package exported to everyone needs such a list (the other packages are exported only to named adslot
 * modules, see {@code ModuleDescriptorTest}).
 */
@DisplayName("The engine exports io.adslot.engine alone, holding exactly the public types of its API list")
class ApiSurfaceTest {

    private static final ApiSurface SURFACE = ApiSurface.of(AdSlotEngine.class);

    @Test
    @DisplayName("the only package exported to every module is io.adslot.engine")
    void exportsOnlyTheEnginePackage() {
        assertThat(SURFACE.exportedPackages()).containsExactly("io.adslot.engine");
    }

    @Test
    @DisplayName("the public types of io.adslot.engine are those of its API list")
    void publicTypesAreListed() {
        SURFACE.assertPublicTypesListed("io.adslot.engine");
    }
}
