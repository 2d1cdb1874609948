package io.adslot.cli;

import io.adslot.engine.PageContext;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Devices;
import io.adslot.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page context from repeated {@code --context key=value} options ({@code tags=a,b} has several values):
 * as the engine's {@link PageContext} for the commands that render, and as the planner's {@link ContextValues}
 * for the publisher tools, which plan per device and so can add or replace {@code device} on top of what the
 * user gave.
 */
final class ContextArguments {

    static final String DEVICE = "device";

    /** The device classes a layout model can describe, in the order reports show them. */
    static final List<String> DEVICES = List.of("mobile", "tablet", "desktop");

    private final Map<String, List<String>> raw;

    private ContextArguments(Map<String, List<String>> raw) {
        this.raw = raw;
    }

    /** Parses {@code key=value} pairs. */
    static ContextArguments parse(List<String> pairs) throws UsageException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--context takes key=value, got \"" + pair + "\"");
            }
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            List<String> values = raw.computeIfAbsent(key, k -> new ArrayList<>());
            String value = pair.substring(eq + 1);
            for (String part : key.equals("tags") ? value.split(",", -1) : new String[] {value}) {
                if (!part.isBlank()) {
                    String device = key.equals(DEVICE) ? Devices.canonical(part) : null;
                    values.add(device != null ? device : part.strip());
                }
            }
        }
        return new ContextArguments(raw);
    }

    /**
     * What in the context the rules cannot use, one line each: a device that is none of the devices or their
     * aliases (it matches no rule and no slot size; the tools plan without it), and a key the rules neither
     * declare nor read (a typo such as {@code sectoin}, which changes nothing).
     *
     * @param rules the rules, or null when the command has none at hand (then only devices are checked)
     */
    List<String> warnings(RuleSet rules) {
        List<String> warnings = new ArrayList<>();
        String device = device();
        if (device != null && Devices.canonical(device) == null) {
            warnings.add("warning: --context device=" + device + ": " + Devices.unknown(device)
                    + "; planning without a device");
        }
        if (rules != null) {
            java.util.Set<String> known = new java.util.TreeSet<>(rules.contextKeys().keySet());
            known.addAll(rules.contextKeysRead());
            for (String key : raw.keySet()) {
                if (!known.contains(key)) {
                    String meant = io.adslot.rules.Suggestions.closest(key, known);
                    warnings.add("warning: --context " + key + "=...: the rules neither declare nor read \"" + key
                            + "\", so it changes nothing" + (meant != null ? "; did you mean \"" + meant + "\"?"
                            : "; keys they read: " + String.join(", ", rules.contextKeysRead())));
                }
            }
        }
        return warnings;
    }

    /** The context as given. */
    ContextValues values() {
        return ContextValues.of(raw);
    }

    /**
     * An article's own context (an archive record's fields) with these arguments on top: a key given on the
     * command line replaces the record's, so that {@code --context section=sport} asks "what if every
     * article were in sport".
     */
    ContextArguments over(Map<String, List<String>> articleContext) {
        if (articleContext.isEmpty()) {
            return this;
        }
        Map<String, List<String>> merged = new LinkedHashMap<>(articleContext);
        merged.putAll(raw);
        return new ContextArguments(merged);
    }

    /** The context with {@code device} set to {@code device}. */
    ContextValues forDevice(String device) {
        Map<String, List<String>> copy = new LinkedHashMap<>(raw);
        copy.put(DEVICE, List.of(device));
        return ContextValues.of(copy);
    }

    /** The device the user asked for, lower-cased, or null. */
    String device() {
        List<String> values = raw.get(DEVICE);
        return values == null || values.isEmpty() ? null : values.get(0).toLowerCase(Locale.ROOT);
    }

    /** The devices to plan for: the one the user asked for, or all three (also for an unknown one). */
    List<String> devices() {
        String device = device();
        return device == null || Devices.canonical(device) == null ? DEVICES : List.of(device);
    }

    /** {@code key=value} pairs for a report header; empty when no context was given. */
    String describe() {
        StringBuilder b = new StringBuilder();
        raw.forEach((k, vs) -> {
            if (!vs.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(String.join(",", vs));
            }
        });
        return b.toString();
    }

    /** The context as the engine's public API takes it, for commands that render through {@code AdSlotEngine}. */
    PageContext toPageContext() {
        PageContext.Builder builder = PageContext.builder();
        raw.forEach((key, values) -> {
            if (!key.equals(DEVICE) || values.isEmpty() || Devices.canonical(values.get(0)) != null) {
                builder.custom(key, values);
            }
        });
        return builder.build();
    }

    Map<String, List<String>> asMap() {
        return raw;
    }
}
