package io.adslot.rules;

/** Where something is in a rule file: the file as the user named it, 1-based line and column. */
record SourcePosition(String file, int line, int column) {
}
