package io.adslot.cli;

import io.adslot.engine.PageContext;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link PageContext} from repeated {@code --context key=value} options. */
final class ContextOptions {

    private ContextOptions() {
    }

    /**
     * Each value is {@code key=value}; {@code tags} (and any value with commas under a list key) is split on commas.
     *
     * @throws UsageException when a value has no {@code =} or an empty key
     */
    static PageContext parse(List<String> values) throws UsageException {
        PageContext.Builder builder = PageContext.builder();
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--context takes key=value, got \"" + value + "\"");
            }
            String key = value.substring(0, eq).strip();
            String v = value.substring(eq + 1).strip();
            if (key.equals(PageContext.TAGS)) {
                builder.custom(key, Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            } else {
                builder.custom(key, v);
            }
        }
        return builder.build();
    }
}
