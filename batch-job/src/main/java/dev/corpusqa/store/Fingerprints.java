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
        return of(f.path(), f.ruleId(), f.evidence().isEmpty() ? f.message() : f.evidence());
    }

    public static String of(String path, String ruleId, String evidence) {
        String norm = evidence.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "0").replaceAll("\\s+", " ").trim();
        return Hashing.sha256Hex((path + '\u0000' + ruleId + '\u0000' + norm).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
