package io.adslot.benchmarks;

import io.adslot.engine.AdSlotEngine;
import io.adslot.testing.ApiSurface;
import io.adslot.testing.QualifiedExports;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The benchmarks use only the engine packages that module-info exports to io.adslot.benchmarks")
class QualifiedExportsTest {

    @Test
    @DisplayName("every engine package the benchmarks use is exported to io.adslot.benchmarks")
    void usesOnlyPackagesExportedToThem() {
        QualifiedExports.assertEngineExportsTo("io.adslot.benchmarks", "io.adslot.benchmarks", Path.of("src/main/java"),
                ApiSurface.of(AdSlotEngine.class).descriptor());
    }
}
