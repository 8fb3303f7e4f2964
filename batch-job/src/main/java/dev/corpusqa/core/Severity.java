package dev.corpusqa.core;

import java.util.Locale;

/** Finding severity, ordered from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT);
        if (v.equals("WARN")) {
            return WARNING;
        }
        return valueOf(v);
    }
}
