package io.adslot.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The device classes rules and layouts know, and the other names hosts send for them. A device outside
 * these would match no {@code when: { device: ... }} and no per-device size, silently: the page would get
 * slots with no sizes and a guessed height. So the engine's page context and the command line map an alias
 * to its device and reject (or warn about) anything else.
 *
 * <table>
 *   <caption>Device aliases (matched case-insensitively)</caption>
 *   <tr><th>device</th><th>aliases</th></tr>
 *   <tr><td>mobile</td><td>phone, smartphone, handset, mobile-web</td></tr>
 *   <tr><td>tablet</td><td>ipad, tab</td></tr>
 *   <tr><td>desktop</td><td>pc, computer, laptop, web</td></tr>
 * </table>
 */
public final class Devices {

    /** The devices, in the order reports show them. */
    public static final List<String> NAMES = List.of("mobile", "tablet", "desktop");

    /** Other names for the devices, lower-case. */
    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("phone", "mobile"), Map.entry("smartphone", "mobile"), Map.entry("handset", "mobile"),
            Map.entry("mobile-web", "mobile"), Map.entry("ipad", "tablet"), Map.entry("tab", "tablet"),
            Map.entry("pc", "desktop"), Map.entry("computer", "desktop"), Map.entry("laptop", "desktop"),
            Map.entry("web", "desktop"));

    private Devices() {
    }

    /** The device {@code name} means (itself, or the device of an alias, in any case), or null when none. */
    public static String canonical(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) ? lower : ALIASES.get(lower);
    }

    /** Why {@code name} is not a device, and what to write instead. */
    public static String unknown(String name) {
        String meant = Suggestions.closest(name.strip(), NAMES);
        return "unknown device \"" + name + "\"" + (meant != null ? ", did you mean \"" + meant + "\"?" : "")
                + "; devices are mobile, tablet, desktop (also phone, smartphone, handset, mobile-web for mobile;"
                + " ipad, tab for tablet; pc, computer, laptop, web for desktop)";
    }
}
