package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.RuleInfo;
import java.util.function.IntPredicate;

/** Shared scan for the rules that flag runs of individual characters: one finding per run, first {@code max} listed. */
final class CharRuns {
    private CharRuns() {
    }

    /**
     * A set of BMP characters as a 8 KB bit table, built once from a predicate: the scan then tests
     * each character with one look-up instead of a call through a predicate that differs per rule.
     */
    static final class Chars {
        private final long[] bits = new long[0x10000 / 64];

        private Chars(IntPredicate p) {
            for (int c = 0; c < 0x10000; c++) {
                if (p.test(c)) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
        }

        static Chars of(IntPredicate p) {
            return new Chars(p);
        }

        boolean contains(char c) {
            return (bits[c >>> 6] & (1L << c)) != 0;
        }
    }

    /** Which runs to report, given the text and the run [start, end). */
    interface RunFilter {
        boolean report(String t, int start, int end);
    }

    static void report(Document doc, RuleInfo info, FindingSink out, Chars isTarget, RunFilter filter, int max, String what) {
        String t = doc.text();
        if (t == null) {
            return;
        }
        int total = 0;
        int listed = 0;
        Finding.Builder firstBuilder = null;
        java.util.List<Finding> found = new java.util.ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (!isTarget.contains(t.charAt(i))) {
                continue;
            }
            int j = i;
            while (j < t.length() && isTarget.contains(t.charAt(j))) {
                j++;
            }
            if (filter == null || filter.report(t, i, j)) {
                total++;
                if (listed < max) {
                    StringBuilder cps = new StringBuilder();
                    for (int k = i; k < j && k < i + 4; k++) {
                        cps.append(k > i ? " " : "").append(String.format("U+%04X", (int) t.charAt(k)));
                    }
                    if (j - i > 4) {
                        cps.append(" ...");
                    }
                    found.add(Finding.on(doc, info).span(i, j).evidence(EncodingText.around(t, i))
                            .message(what + " " + cps + (j - i > 1 ? " (" + (j - i) + " in a row)" : "")).score(j - i).build());
                    listed++;
                }
            }
            i = j - 1;
        }
        for (int k = 0; k < found.size(); k++) {
            Finding f = found.get(k);
            if (k == 0 && total > 1) {
                f = new Finding(f.path(), f.ruleId(), f.category(), f.severity(), f.line(), f.column(), f.endLine(), f.endColumn(),
                        f.startOffset(), f.endOffset(), f.message() + "; " + total + " in the file", f.evidence(), f.score(), f.suggestion());
            }
            out.accept(f);
        }
    }
}
