package dev.corpusqa.core;

import java.util.Locale;

/** The four defect classes a finding belongs to. */
public enum Category {
    ENCODING, BOILERPLATE, TRANSLATION, DATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
