package io.adslot.placement;

import io.adslot.rules.Condition;
import io.adslot.rules.ContextValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in words why a placement's {@code when} condition does not hold for a page, naming the
 * context value that decided it: {@code device is desktop}, {@code no section given}.
 *
 * <p>Conditions are shallow trees written by people in rule files, so the walk is recursive.
 */
final class ConditionExplainer {

    private ConditionExplainer() {
    }

    /** Why the condition fails; only meaningful when it does. */
    static String whyNot(Condition condition, ContextValues context) {
        if (condition instanceof Condition.All all) {
            for (Condition part : all.parts()) {
                if (!part.matches(context)) {
                    return whyNot(part, context);
                }
            }
        } else if (condition instanceof Condition.Any any) {
            List<String> reasons = new ArrayList<>();
            for (Condition part : any.parts()) {
                reasons.add(whyNot(part, context));
            }
            return reasons.size() == 1 ? reasons.get(0) : "none holds: " + String.join("; ", reasons);
        } else if (condition instanceof Condition.Not not) {
            return whyHolds(not.part(), context);
        } else if (condition instanceof Condition.AnyOf anyOf) {
            return valueOf(anyOf.key(), context);
        } else if (condition instanceof Condition.NoneOf noneOf) {
            if (!context.has(noneOf.key())) {
                return "no " + noneOf.key() + " given";
            }
            for (String v : context.all(noneOf.key())) {
                if (noneOf.values().contains(v)) {
                    return noneOf.key() + " is " + v;
                }
            }
        } else if (condition instanceof Condition.Range range) {
            String raw = context.first(range.key());
            if (raw == null) {
                return "no " + range.key() + " given";
            }
            try {
                double v = Double.parseDouble(raw);
                if (range.min() != null && v < range.min()) {
                    return range.key() + " is " + raw + ", below " + number(range.min());
                }
                return range.key() + " is " + raw + ", above " + number(range.max());
            } catch (NumberFormatException e) {
                return range.key() + " is " + raw + ", not a number";
            }
        }
        return "its condition does not hold";
    }

    /** Why a condition holds (for a {@code not} that fails). */
    private static String whyHolds(Condition condition, ContextValues context) {
        if (condition instanceof Condition.AnyOf anyOf) {
            return valueOf(anyOf.key(), context);
        } else if (condition instanceof Condition.NoneOf noneOf) {
            return valueOf(noneOf.key(), context);
        } else if (condition instanceof Condition.Range range) {
            return valueOf(range.key(), context);
        } else if (condition instanceof Condition.Not not) {
            return whyNot(not.part(), context);
        } else if (condition instanceof Condition.Any any) {
            for (Condition part : any.parts()) {
                if (part.matches(context)) {
                    return whyHolds(part, context);
                }
            }
        } else if (condition instanceof Condition.All all) {
            List<String> reasons = new ArrayList<>();
            for (Condition part : all.parts()) {
                reasons.add(whyHolds(part, context));
            }
            return String.join(" and ", reasons);
        }
        return "an excluding condition holds";
    }

    private static String valueOf(String key, ContextValues context) {
        List<String> values = context.all(key);
        if (values.isEmpty()) {
            return "no " + key + " given";
        }
        return values.size() == 1 ? key + " is " + values.get(0) : key + " are " + String.join(", ", values);
    }

    private static String number(Double d) {
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }
}
