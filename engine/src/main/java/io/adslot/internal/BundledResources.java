package io.adslot.internal;

import java.io.InputStream;

/**
 * Opens the files the engine jar carries ({@code adslot/rules/...}: the shipped rule files and templates),
 * on the class path and on the module path alike.
 *
 * <p>In a named module, {@code ClassLoader.getResource} finds nothing in the module's own folders unless
 * they are opened, and a folder of resources cannot be opened in {@code module-info}; a class of the module
 * can always read its module's resources. Names outside the module (a host's rule file on the class path)
 * are looked up through the class loader as before.
 *
 * <p>Not API: public only so that the engine's packages share it.
 */
public final class BundledResources {

    private BundledResources() {
    }

    /** The resource {@code name} ({@code adslot/rules/default.yaml}), or null when there is none. */
    public static InputStream open(String name) {
        InputStream own = BundledResources.class.getResourceAsStream("/" + name);
        return own != null ? own : BundledResources.class.getClassLoader().getResourceAsStream(name);
    }

    /** Whether the resource {@code name} exists. */
    public static boolean exists(String name) {
        return BundledResources.class.getResource("/" + name) != null
                || BundledResources.class.getClassLoader().getResource(name) != null;
    }
}
