package io.adslot.engine;

import io.adslot.rules.ContextValues;
import io.adslot.rules.Devices;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page an article is shown on, as the rules see it: device, section, tags, locale, country,
 * subscriber, AMP, page type and any custom keys the rule file declares.
 *
 * <p>Keys and values are compared case-insensitively (the rules lower-case both). Built once per request
 * with {@link #builder()}; immutable and thread-safe. Standard keys are {@value #DEVICE}, {@value #SECTION},
 * {@value #TAGS}, {@value #LOCALE}, {@value #COUNTRY}, {@value #SUBSCRIBER}, {@value #AMP} and
 * {@value #PAGE_TYPE}.
 */
public final class PageContext {

    /** Context key of the device class: {@code mobile}, {@code tablet} or {@code desktop}. */
    public static final String DEVICE = "device";
    /** Context key of the site section. */
    public static final String SECTION = "section";
    /** Context key of the article's tags (several values). */
    public static final String TAGS = "tags";
    /** Context key of the page locale, as a BCP 47 tag such as {@code en-gb}. */
    public static final String LOCALE = "locale";
    /** Context key of the reader's country. */
    public static final String COUNTRY = "country";
    /** Context key of the reader's subscriber status: {@code true} or {@code false}. */
    public static final String SUBSCRIBER = "subscriber";
    /** Context key of the AMP flag: {@code true} or {@code false}. */
    public static final String AMP = "amp";
    /** Context key of the page type ({@code article}, {@code liveblog}...). */
    public static final String PAGE_TYPE = "page_type";

    private static final PageContext EMPTY = new PageContext(new TreeMap<>());

    private final ContextValues values;

    private PageContext(Map<String, List<String>> raw) {
        this.values = ContextValues.of(raw);
    }

    /**
     * A context with no keys: placements with conditions do not apply, device-specific settings use
     * the rules' defaults.
     *
     * @return the empty context
     */
    public static PageContext empty() {
        return EMPTY;
    }

    /**
     * Starts a context.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The first value of a key.
     *
     * @param key the key, any case
     * @return the lower-cased value, or null when absent
     */
    public String get(String key) {
        return values.first(key.toLowerCase(Locale.ROOT));
    }

    /**
     * The context as the rules read it. Package-private so that the exported API does not expose the
     * (internal) rules model.
     */
    ContextValues toContextValues() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageContext other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "PageContext" + values;
    }

    /** Collects a page's context values; not thread-safe, use one per request. */
    public static final class Builder {

        private final Map<String, List<String>> raw = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the device class. Other names hosts send are mapped, in any case: {@code phone},
         * {@code smartphone}, {@code handset}, {@code mobile-web} to {@code mobile}; {@code ipad}, {@code tab}
         * to {@code tablet}; {@code pc}, {@code computer}, {@code laptop}, {@code web} to {@code desktop}.
         *
         * @param device {@code mobile}, {@code tablet} or {@code desktop}, or an alias; null removes it
         * @return this builder
         * @throws IllegalArgumentException for any other name, which would match no rule and no slot size
         */
        public Builder device(String device) {
            return set(DEVICE, device);
        }

        /**
         * Sets the section.
         *
         * @param section section name
         * @return this builder
         */
        public Builder section(String section) {
            return set(SECTION, section);
        }

        /**
         * Sets the tags (replacing earlier ones).
         *
         * @param tags tag names; null or blank ones are dropped, and a null collection clears the tags
         * @return this builder
         */
        public Builder tags(Collection<String> tags) {
            return custom(TAGS, tags);
        }

        /**
         * Sets the tags (replacing earlier ones).
         *
         * @param tags tag names; null or blank ones are dropped
         * @return this builder
         * @throws NullPointerException naming {@code tags} when the array itself is null
         */
        public Builder tags(String... tags) {
            return custom(TAGS, java.util.Arrays.asList(java.util.Objects.requireNonNull(tags, "tags")));
        }

        /**
         * Sets the locale.
         *
         * @param locale the page locale
         * @return this builder
         */
        public Builder locale(Locale locale) {
            return set(LOCALE, locale == null ? null : locale.toLanguageTag());
        }

        /**
         * Sets the reader's country.
         *
         * @param country ISO 3166 code such as {@code gb}
         * @return this builder
         */
        public Builder country(String country) {
            return set(COUNTRY, country);
        }

        /**
         * Sets whether the reader is a subscriber.
         *
         * @param subscriber true for a subscriber
         * @return this builder
         */
        public Builder subscriber(boolean subscriber) {
            return set(SUBSCRIBER, Boolean.toString(subscriber));
        }

        /**
         * Sets whether the page is an AMP page.
         *
         * @param amp true for AMP
         * @return this builder
         */
        public Builder amp(boolean amp) {
            return set(AMP, Boolean.toString(amp));
        }

        /**
         * Sets the page type.
         *
         * @param pageType such as {@code article} or {@code liveblog}
         * @return this builder
         */
        public Builder pageType(String pageType) {
            return set(PAGE_TYPE, pageType);
        }

        /**
         * Sets a custom key declared in the rule file's {@code context} section (or a standard one).
         *
         * @param key   the key
         * @param value the value; null or blank removes the key
         * @return this builder
         */
        public Builder custom(String key, String value) {
            return set(key, value);
        }

        /**
         * Sets a custom list key.
         *
         * @param key    the key
         * @param values the values; null or blank values are dropped
         * @return this builder
         */
        public Builder custom(String key, Collection<String> values) {
            String normalized = normalizeKey(key);
            List<String> checked = new ArrayList<>(values == null ? 0 : values.size());
            if (values != null) {
                values.forEach(v -> checked.add(checked(normalized, v)));
            }
            raw.put(normalized, checked);
            return this;
        }

        /**
         * Builds the immutable context.
         *
         * @return the context
         */
        public PageContext build() {
            return raw.isEmpty() ? EMPTY : new PageContext(raw);
        }

        private Builder set(String key, String value) {
            return custom(key, value == null ? null : List.of(value));
        }

        /** The device a value names, for {@code device} set by any method; other keys' values as given. */
        private static String checked(String key, String value) {
            if (!key.equals(DEVICE) || value == null || value.isBlank()) {
                return value;
            }
            String device = Devices.canonical(value);
            if (device == null) {
                throw new IllegalArgumentException(Devices.unknown(value));
            }
            return device;
        }

        private static String normalizeKey(String key) {
            return java.util.Objects.requireNonNull(key, "key").strip().toLowerCase(Locale.ROOT);
        }
    }
}
