package dev.corpusqa.config;

import java.util.Locale;

/**
 * A warn or fail level on one rule (Soda's warn/fail levels): either a count of findings
 * ({@code 5}) or a fraction of the corpus's documents that have a finding of the rule
 * ({@code 0.02} or {@code 2%}). A level is reached when the measure is at or above it.
 */
public record Threshold(double value, boolean fraction) {

    public Threshold {
        if (value < 0 || Double.isNaN(value) || (fraction && value > 1)) {
            throw new ConfigException("a warnAt/failAt level must be a count >= 0 or a fraction between 0 and 1; got " + value);
        }
    }

    /** {@code 5} (count), {@code 0.05} (fraction: has a decimal point and is below 1), {@code 5%} (fraction). */
    public static Threshold parse(String s, String what) {
        String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("%")) {
                return new Threshold(Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100.0, true);
            }
            if (t.contains(".")) {
                double v = Double.parseDouble(t);
                if (v < 1) {
                    return new Threshold(v, true);
                }
                if (v != Math.rint(v)) {
                    throw new ConfigException(what + " must be a whole count, a fraction below 1 or a percentage; got '" + s + "'");
                }
                return new Threshold(v, false);
            }
            return new Threshold(Long.parseLong(t), false);
        } catch (NumberFormatException e) {
            throw new ConfigException(what + " must be a count (5), a fraction of documents (0.05) or a percentage (5%); got '" + s + "'");
        }
    }

    /** Whether {@code findings} findings in {@code documentsHit} of {@code documents} documents reach this level. */
    public boolean reached(int findings, int documentsHit, int documents) {
        if (fraction) {
            return documents > 0 && documentsHit > 0 && (double) documentsHit / documents >= value;
        }
        return findings > 0 && findings >= value;
    }

    @Override
    public String toString() {
        return fraction ? (value * 100) + "% of documents" : (long) value + " finding(s)";
    }
}
