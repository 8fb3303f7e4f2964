package dev.corpusqa.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Named figures of an evaluation, in insertion order, with helpers for precision / recall / F1. */
public final class Metrics {

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    public void put(String key, double value) {
        values.put(key, value);
    }

    public void note(String key, String text) {
        notes.put(key, text);
    }

    public Map<String, Double> values() {
        return values;
    }

    public Map<String, String> notes() {
        return notes;
    }

    /** Precision, recall, F1 and the raw counts under {@code prefix}. */
    public void prf(String prefix, long tp, long fp, long fn) {
        double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        put(prefix + ".precision", p);
        put(prefix + ".recall", r);
        put(prefix + ".f1", f);
        put(prefix + ".tp", tp);
        put(prefix + ".fp", fp);
        put(prefix + ".fn", fn);
    }

    /** A rate and the counts behind it. */
    public void rate(String key, long hits, long total) {
        put(key, total == 0 ? 0 : (double) hits / total);
        put(key + ".hits", hits);
        put(key + ".of", total);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
