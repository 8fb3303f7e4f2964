package dev.corpusqa.core;

import java.util.Locale;

/** Finding severity, ordered from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    private static final Severity[] VALUES = values();

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case form used in configuration, the store and reports. */
    public String id() {
        return id;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String s) {
        for (Severity c : VALUES) {
            if (c.id().equals(s)) {
                return c; // the stored form: no trim or upper-casing per row
            }
        }
        String v = s.trim().toUpperCase(Locale.ROOT);
        if (v.equals("WARN")) {
            return WARNING;
        }
        return valueOf(v);
    }
}
