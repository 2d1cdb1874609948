package io.adslot.cache;

import io.adslot.rules.ContextValues;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a cached decision depends on: the rule-set (and template) version, the article's identity and the
 * values of only those context keys that the rules or templates read. Readers whose pages differ only in
 * keys nobody reads share one entry; a reload changes {@code version}, so old entries are never hit again.
 *
 * <p>Built on every request, so it is built from what the request already holds: the host's id and revision
 * as they are (not joined into a new string), the context's own value lists, and the hash computed once.
 */
public final class DecisionKey {

    private final String version;
    /** {@link ArticleIdentity#of} of the article, or the host's article id when {@link #revision} is set. */
    private final String article;
    /** The host's revision of the article, or null when {@link #article} is a whole identity. */
    private final String revision;
    /** For each key read, in the (sorted) order of the keys, its values (empty when absent). */
    private final List<String>[] contextPart;
    private final int hash;

    private DecisionKey(String version, String article, String revision, List<String>[] contextPart) {
        this.version = version;
        this.article = article;
        this.revision = revision;
        this.contextPart = contextPart;
        this.hash = 31 * (31 * (31 * version.hashCode() + article.hashCode()) + Objects.hashCode(revision))
                + Arrays.hashCode(contextPart);
    }

    /** Builds a key for an article named by {@link ArticleIdentity#of}, reading {@code keysRead} out of the page's context. */
    public static DecisionKey of(String version, String article, Set<String> keysRead, ContextValues context) {
        return new DecisionKey(version, article, null, parts(keysRead, context));
    }

    /**
     * Builds a key for an article as the host names it: by id and revision when it gives both (no string is
     * built), else by a hash of the body ({@link ArticleIdentity#of}).
     */
    public static DecisionKey of(String version, String id, String revision, String body, Set<String> keysRead,
                                 ContextValues context) {
        if (id != null && revision != null) {
            return new DecisionKey(version, id, revision, parts(keysRead, context));
        }
        return of(version, ArticleIdentity.of(id, revision, body), keysRead, context);
    }

    private static List<String>[] parts(Set<String> keysRead, ContextValues context) {
        @SuppressWarnings("unchecked")
        List<String>[] parts = (List<String>[]) new List<?>[keysRead.size()];
        int i = 0;
        for (String key : keysRead) {
            parts[i++] = context.all(key);
        }
        return parts;
    }

    /** The values of the keys read, in the order of the keys. */
    public List<List<String>> contextPart() {
        return List.of(contextPart);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionKey other && hash == other.hash && version.equals(other.version)
                && article.equals(other.article) && Objects.equals(revision, other.revision)
                && Arrays.equals(contextPart, other.contextPart);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "DecisionKey[" + version + ", " + article + (revision == null ? "" : "@" + revision) + ", "
                + contextPart() + "]";
    }

    /** Approximate heap bytes of the key, for the cache's weigher. */
    public int approximateBytes() {
        int bytes = 96 + 2 * (article.length() + (revision == null ? 0 : revision.length())) + 16 * contextPart.length;
        for (List<String> values : contextPart) {
            for (String v : values) {
                bytes += 48 + 2 * v.length();
            }
        }
        return bytes;
    }
}
