package io.adslot.cli;

import io.adslot.engine.AdSlotEngine;
import io.adslot.testing.ApiSurface;
import io.adslot.testing.QualifiedExports;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line uses only the engine packages that module-info exports to io.adslot.cli")
class QualifiedExportsTest {

    @Test
    @DisplayName("every engine package the commands use is exported to io.adslot.cli")
    void usesOnlyPackagesExportedToIt() {
        QualifiedExports.assertEngineExportsTo("io.adslot.cli", "io.adslot.cli", Path.of("src/main/java"),
                ApiSurface.of(AdSlotEngine.class).descriptor());
    }
}
