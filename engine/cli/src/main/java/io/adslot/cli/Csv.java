package io.adslot.cli;

/** CSV fields as RFC 4180 writes them: quoted when they hold a comma, quote or line break. */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
