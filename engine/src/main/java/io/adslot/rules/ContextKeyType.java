package io.adslot.rules;

/** The type of a context key, as declared in a rule file's {@code context} section. */
public enum ContextKeyType {
    STRING,
    /** Several values, such as tags. */
    LIST,
    BOOLEAN,
    NUMBER
}
