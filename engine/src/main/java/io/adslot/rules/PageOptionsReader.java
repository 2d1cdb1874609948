package io.adslot.rules;

import io.adslot.article.AtomicSelector;
import io.adslot.article.ScanOptions;
import io.adslot.structure.ContentRootSetting;
import io.adslot.structure.PageOptions;
import io.adslot.structure.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rule file's page-structure settings: {@code content_root}, {@code atomic} (simple selectors go to
 * the block scanner as before; selectors with combinators name components for the structure pass),
 * {@code read_through} and {@code existing_ads}; and collects the selectors of every placement's
 * {@code avoid.near}.
 */
final class PageOptionsReader {

    /** The word in {@code existing_ads} that stands for the default signatures. */
    static final String DEFAULTS = "defaults";

    private final ProblemCollector problems;
    private final List<Selector> components = new ArrayList<>();

    PageOptionsReader(ProblemCollector problems) {
        this.problems = problems;
    }

    /** The scanner's atomic selectors; complex ones are kept as components for {@link #page}. */
    ScanOptions atomic(MappingReader r) {
        List<AtomicSelector> selectors = new ArrayList<>();
        for (YamlNode item : r.items("atomic")) {
            String text = MappingReader.text(item, "atomic", problems);
            if (text == null) {
                continue;
            }
            String simpleError;
            try {
                selectors.add(AtomicSelector.parse(text));
                continue;
            } catch (IllegalArgumentException e) {
                simpleError = e.getMessage();
            }
            // not one the scanner matches itself (div.a.b, article .box, main > div): the structure pass takes it
            try {
                components.add(Selector.parse(text));
            } catch (IllegalArgumentException e) {
                boolean complex = text.strip().contains(" ") || text.contains(">") || text.contains(",");
                problems.error(item.position(), "atomic: " + (complex ? e.getMessage() : simpleError));
            }
        }
        return new ScanOptions(selectors);
    }

    PageOptions page(MappingReader r, List<Placement> placements, Variants<List<Placement>> variants) {
        List<Selector> roots = new ArrayList<>();
        boolean automatic = false;
        for (YamlNode item : r.items("content_root")) {
            String text = MappingReader.text(item, "content_root", problems);
            if (text == null) {
                continue;
            }
            try {
                ContentRootSetting setting = ContentRootSetting.parse(text);
                roots.addAll(setting.selectors());
                automatic |= setting.automatic();
            } catch (IllegalArgumentException e) {
                problems.error(item.position(), "content_root: " + e.getMessage());
            }
        }
        List<Selector> readThrough = selectors(r, "read_through");
        List<Selector> ads = PageOptions.defaultAdSignatures();
        boolean adsByName = true;
        if (r.has("existing_ads")) {
            ads = new ArrayList<>();
            adsByName = false;
            for (YamlNode item : r.items("existing_ads")) {
                String text = MappingReader.text(item, "existing_ads", problems);
                if (DEFAULTS.equals(text)) {
                    ads.addAll(PageOptions.defaultAdSignatures());
                    adsByName = true;
                } else if (text != null) {
                    Selector s = parse(item, "existing_ads", text);
                    if (s != null) {
                        ads.add(s);
                    }
                }
            }
        }
        Map<String, Selector> near = new LinkedHashMap<>();
        List<Placement> all = new ArrayList<>(placements);
        if (variants != null) {
            variants.options().forEach(o -> all.addAll(o.value()));
        }
        for (int i = 0; i < all.size(); i++) {
            Placement p = all.get(i);
            if (p.variants() != null) {
                p.variants().options().forEach(o -> all.add(o.value()));
            }
            if (p.avoid() != null) {
                for (io.adslot.rules.Avoidance.Near n : p.avoid().near()) {
                    near.computeIfAbsent(n.selector(), Selector::parse);
                }
            }
        }
        return new PageOptions(roots, automatic, components, readThrough, ads, adsByName, new ArrayList<>(near.values()));
    }

    private List<Selector> selectors(MappingReader r, String key) {
        List<Selector> result = new ArrayList<>();
        for (YamlNode item : r.items(key)) {
            String text = MappingReader.text(item, key, problems);
            Selector s = text == null ? null : parse(item, key, text);
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    private Selector parse(YamlNode item, String key, String text) {
        try {
            return Selector.parse(text);
        } catch (IllegalArgumentException e) {
            problems.error(item.position(), key + ": " + e.getMessage());
            return null;
        }
    }
}
