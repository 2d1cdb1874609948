package io.adslot.cache;

import io.adslot.rules.ContextValues;
import java.util.List;
import java.util.Set;

/**
 * What a cached decision depends on: the rule-set (and template) version, the article's identity and the
 * values of only those context keys that the rules or templates read. Readers whose pages differ only in
 * keys nobody reads share one entry; a reload changes {@code version}, so old entries are never hit again.
 *
 * @param version      the serving snapshot's version (rule-set version plus template fingerprint)
 * @param article      {@link ArticleIdentity#of} of the article
 * @param contextPart  for each key read, in the (sorted) order of the keys, its values (empty when absent)
 */
public record DecisionKey(String version, String article, List<List<String>> contextPart) {

    /** Builds a key reading {@code keysRead} out of the page's context. */
    public static DecisionKey of(String version, String article, Set<String> keysRead, ContextValues context) {
        List<String>[] parts = newArray(keysRead.size());
        int i = 0;
        for (String key : keysRead) {
            parts[i++] = context.all(key);
        }
        return new DecisionKey(version, article, List.of(parts));
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newArray(int size) {
        return (List<String>[]) new List<?>[size];
    }

    /** Approximate heap bytes of the key, for the cache's weigher. */
    public int approximateBytes() {
        int bytes = 96 + 2 * article.length() + 16 * contextPart.size();
        for (List<String> values : contextPart) {
            for (String v : values) {
                bytes += 48 + 2 * v.length();
            }
        }
        return bytes;
    }
}
