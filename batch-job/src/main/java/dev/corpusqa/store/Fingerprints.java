package dev.corpusqa.store;

import dev.corpusqa.core.Finding;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A finding's fingerprint: file + rule + normalised evidence (case and white space folded, digits
 * mapped to 0 so measured values such as "21.1% of the words" do not change it). It does not include the line number, so a baselined finding survives lines moving above it.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Finding f) {
        Object[] s = STORED.get();
        if (s[0] == f) {
            return (String) s[1];
        }
        return of(f.path(), f.ruleId(), f.evidence().isEmpty() ? f.message() : f.evidence());
    }

    /**
     * The fingerprint stored with the finding the store's row mapper built last on this thread. The
     * gate, the run delta and every report ask for the fingerprint of each finding they stream from
     * the store, and computing it (normalise, SHA-256, hex) was a third of the report step; the value
     * is in the row already. Identity, as {@link dev.corpusqa.core.LastResult}: only that very
     * object is answered from here, so a finding made any other way is always hashed.
     */
    private static final ThreadLocal<Object[]> STORED = ThreadLocal.withInitial(() -> new Object[2]);

    static Finding remember(Finding f, String storedFingerprint) {
        if (storedFingerprint != null) {
            Object[] s = STORED.get();
            s[0] = f;
            s[1] = storedFingerprint;
        }
        return f;
    }

    /**
     * Lower-cased (root locale), ASCII digits mapped to 0, each run of regex white space
     * ({@code \\s}: space, tab, newline, vertical tab, form feed, carriage return) folded to one space,
     * then trimmed. A hand-written loop, because this runs several times per finding (store, reports,
     * run delta) and two {@code replaceAll} calls compiled two patterns each time; a test keeps it
     * equal to the regex form, since stored baselines depend on it.
     */
    static String normalize(String evidence) {
        String lower = evidence.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    sb.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            sb.append(c >= '0' && c <= '9' ? '0' : c);
        }
        return sb.toString().trim();
    }

    public static String of(String path, String ruleId, String evidence) {
        String norm = normalize(evidence);
        return Hashing.sha256Hex((path + '\u0000' + ruleId + '\u0000' + norm).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
