package io.adslot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

/**
 * The OSGi manifest that bnd wrote for a module ({@code target/classes/META-INF/MANIFEST.MF}, the one its
 * jar carries), read so that tests check what a bundle exports and imports: a bundle imports only the
 * packages its classes use, so a dependency that is not used shows up nowhere in it.
 */
public final class BundleManifest {

    private final Manifest manifest;

    private BundleManifest(Manifest manifest) {
        this.manifest = manifest;
    }

    /** The manifest beside the compiled classes that {@code anchor} belongs to. */
    public static BundleManifest of(Class<?> anchor) {
        try (InputStream in = Files.newInputStream(ModuleClasses.of(anchor).resolve("META-INF/MANIFEST.MF"))) {
            return new BundleManifest(new Manifest(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A main attribute ({@code Bundle-SymbolicName}), or null. */
    public String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    /** The package names of {@code Export-Package}. */
    public List<String> exportedPackages() {
        return packages(header("Export-Package"));
    }

    /** The package names of {@code Import-Package}. */
    public List<String> importedPackages() {
        return packages(header("Import-Package"));
    }

    /** The clauses of {@code Import-Package} whole ({@code io.micrometer.core.instrument;resolution:=optional;...}). */
    public List<String> importClauses() {
        return clauses(header("Import-Package"));
    }

    private static List<String> packages(String header) {
        return clauses(header).stream().map(clause -> clause.split(";", 2)[0].strip()).toList();
    }

    /** Splits a header at the commas outside quoted attribute values. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().strip());
        return clauses;
    }
}
