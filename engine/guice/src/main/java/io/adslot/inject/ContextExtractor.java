package io.adslot.inject;

import io.adslot.engine.PageContext;
import java.util.Collection;
import java.util.Map;

/**
 * Turns a host's request attributes (query parameters, headers, CMS page properties gathered by the host)
 * into a {@link PageContext}. Bound by {@link AdSlotModule} to {@link #standard()}; a host whose
 * attributes have other names overrides the binding.
 */
@FunctionalInterface
public interface ContextExtractor {

    /**
     * Builds the page context.
     *
     * @param attributes attribute name to values
     * @return the page context
     */
    PageContext extract(Map<String, ? extends Collection<String>> attributes);

    /**
     * Reads every attribute as the context key of the same name (case-insensitive): {@code device},
     * {@code section}, {@code tags}, {@code locale}, {@code country}, {@code subscriber}, {@code amp},
     * {@code page_type} and the rule file's custom keys. Keys the rules do not know are ignored by them.
     *
     * @return the extractor
     */
    static ContextExtractor standard() {
        return attributes -> {
            PageContext.Builder builder = PageContext.builder();
            attributes.forEach((name, values) -> {
                if (name != null && !name.isBlank()) {
                    builder.custom(name, values);
                }
            });
            return builder.build();
        };
    }
}
