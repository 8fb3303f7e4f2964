package dev.corpusqa.core;

import java.util.Locale;

/** The four defect classes a finding belongs to. */
public enum Category {
    ENCODING, BOILERPLATE, TRANSLATION, DATE;

    private static final Category[] VALUES = values();

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case form used in configuration, the store and reports. */
    public String id() {
        return id;
    }

    public static Category parse(String s) {
        for (Category c : VALUES) {
            if (c.id().equals(s)) {
                return c; // the stored form: no trim or upper-casing per row
            }
        }
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
