package dev.corpusqa.config;

import dev.corpusqa.core.Severity;
import java.util.Locale;

/** The lowest severity that fails the gate, or never. */
public enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    public boolean fails(Severity s) {
        return switch (this) {
            case NEVER -> false;
            case ERROR -> s == Severity.ERROR;
            case WARNING -> s.atLeast(Severity.WARNING);
            case INFO -> true;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FailOn parse(String s) {
        try {
            String v = s.trim().toUpperCase(Locale.ROOT);
            return valueOf(v.equals("WARN") ? "WARNING" : v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("failOn must be one of error, warning, info, never; got '" + s + "'");
        }
    }
}
