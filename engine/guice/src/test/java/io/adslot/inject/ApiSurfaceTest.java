package io.adslot.inject;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.ApiSurface;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * adslot-guice's API is its one exported package, {@code io.adslot.inject}: every public type there is a
 * promise to users and must be listed in {@code src/test/resources/api/io.adslot.inject.txt}.
 */
@DisplayName("adslot-guice exports io.adslot.inject alone, holding exactly the public types of its API list")
class ApiSurfaceTest {

    private static final ApiSurface SURFACE = ApiSurface.of(AdSlotModule.class);

    @Test
    @DisplayName("the module exports io.adslot.inject and nothing else")
    void exportsOnlyTheInjectPackage() {
        assertThat(SURFACE.exportedPackages()).containsExactly("io.adslot.inject");
        assertThat(SURFACE.descriptor().name()).isEqualTo("io.adslot.guice");
    }

    @Test
    @DisplayName("the public types of io.adslot.inject are those of its API list")
    void publicTypesAreListed() {
        SURFACE.assertPublicTypesListed("io.adslot.inject");
    }
}
