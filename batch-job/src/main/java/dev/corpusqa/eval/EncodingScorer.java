package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Encoding: document level, per defect type, over the documents whose {@code checked} list holds
 * the type (the eval-data README's scoring). A type is reported when a finding of rule
 * {@code encoding.<type>} exists, at any severity. Clean BBC controls count as negatives for
 * every type. Also the ftfy-cases figures the issue names (in-the-wild, language names,
 * negatives) and the legacy-charset guess accuracy.
 */
public final class EncodingScorer implements Scorer {

    static final List<String> TYPES = List.of("invalid-utf8", "legacy-charset", "mojibake", "bom", "replacement-char", "control-char",
            "zero-width", "bidi-control", "html-entity", "nbsp");

    @Override
    public String category() {
        return "encoding";
    }

    @Override
    public boolean accepts(String dataset) {
        return dataset.startsWith("encoding/") || dataset.equals("clean/bbc");
    }

    @Override
    public void score(Dataset ds, Metrics out) {
        String key = "encoding." + ds.name().substring(ds.name().indexOf('/') + 1);
        boolean controls = ds.name().equals("clean/bbc");
        for (String type : TYPES) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            long checked = 0;
            for (JsonNode l : ds.labels()) {
                Set<String> chk = controls ? (l.path("clean").asBoolean() ? new HashSet<>(TYPES) : Set.of()) : strings(l.path("checked"));
                if (!chk.contains(type)) {
                    continue;
                }
                checked++;
                boolean truth = !controls && strings(l.path("defects")).contains(type);
                boolean said = said(ds, l.get("path").asText(), type);
                if (said && truth) {
                    tp++;
                } else if (said) {
                    fp++;
                } else if (truth) {
                    fn++;
                }
            }
            if (checked > 0 && (tp + fp + fn > 0 || !controls)) {
                if (controls) {
                    out.put(key + "." + type + ".fp", fp);
                } else if (tp + fp + fn > 0) {
                    out.prf(key + "." + type, tp, fp, fn);
                }
            }
        }
        if (controls) {
            long docs = 0;
            long withError = 0;
            for (JsonNode l : ds.labels()) {
                if (l.path("clean").asBoolean()) {
                    docs++;
                    if (ds.has(l.get("path").asText(), "encoding.", "error")) {
                        withError++;
                    }
                }
            }
            out.rate(key + ".docs-with-encoding-error", withError, docs);
        }
        if (ds.name().equals("encoding/ftfy-cases")) {
            ftfy(ds, out, key);
        }
        if (ds.name().equals("encoding/chardet")) {
            chardet(ds, out, key);
        }
    }

    /**
     * Whether the tool reported defect {@code type} on a document. {@code encoding.utf16} says "not
     * UTF-8" for UTF-16/32 files, which the labels call {@code legacy-charset}; its message names a
     * byte-order mark when there is one, which the labels call {@code bom}.
     */
    static boolean said(Dataset ds, String path, String type) {
        if (ds.has(path, "encoding." + type)) {
            return true;
        }
        if (type.equals("legacy-charset") || type.equals("bom")) {
            for (JsonNode f : ds.findings(path)) {
                if (f.path("rule").asText().equals("encoding.utf16")
                        && (type.equals("legacy-charset") || f.path("message").asText().contains("with BOM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void ftfy(Dataset ds, Metrics out, String key) {
        long wildAll = 0;
        long wildAllHit = 0;
        long negAll = 0;
        long negAllHit = 0;
        long wild = 0;
        long wildHit = 0;
        long names = 0;
        long namesHit = 0;
        long neg = 0;
        long negHit = 0;
        long fail = 0;
        long failHit = 0;
        for (JsonNode l : ds.labels()) {
            String p = l.get("path").asText();
            String folder = p.split("/")[1];
            boolean moj = strings(l.path("defects")).contains("mojibake");
            boolean said = ds.has(p, "encoding.mojibake");
            if (folder.equals("in-the-wild")) {
                wildAll++;
                wildAllHit += said ? 1 : 0;
            }
            if (folder.equals("negative")) {
                negAll++;
                negAllHit += said ? 1 : 0;
            }
            if (folder.equals("in-the-wild") && moj) {
                wild++;
                wildHit += said ? 1 : 0;
            } else if (folder.equals("language-names") && moj) {
                names++;
                namesHit += said ? 1 : 0;
            } else if (folder.equals("negative") && l.path("clean").asBoolean()) {
                neg++;
                negHit += ds.has(p, "encoding.mojibake") ? 1 : 0;
            }
            if ("fail".equals(l.path("ftfy_expect").asText()) && moj) {
                fail++;
                failHit += said ? 1 : 0;
            }
        }
        out.rate(key + ".in-the-wild.mojibake-detected", wildHit, wild);
        out.rate(key + ".language-names.mojibake-detected", namesHit, names);
        out.rate(key + ".negative.flagged", negHit, neg);
        out.rate(key + ".ftfy-known-failures.mojibake-detected", failHit, fail);
        // the figures: mojibake findings over all 70 in-the-wild cases and all 31 negatives
        // (some negatives carry a mechanical nbsp/control label, so "clean" alone would drop them)
        out.rate(key + ".in-the-wild.mojibake-flagged-of-all", wildAllHit, wildAll);
        out.rate(key + ".negative.mojibake-flagged-of-all", negAllHit, negAll);
        mojibakeOnLabel(ds, out, key, "synthetic");
    }

    private static void mojibakeOnLabel(Dataset ds, Metrics out, String key, String folder) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (JsonNode l : ds.labels()) {
            String p = l.get("path").asText();
            if (!p.split("/")[1].equals(folder) || "fail".equals(l.path("ftfy_expect").asText())) {
                continue;
            }
            boolean truth = strings(l.path("defects")).contains("mojibake");
            boolean said = ds.has(p, "encoding.mojibake");
            tp += said && truth ? 1 : 0;
            fp += said && !truth ? 1 : 0;
            fn += !said && truth ? 1 : 0;
        }
        out.prf(key + "." + folder + ".mojibake", tp, fp, fn);
    }

    private static void chardet(Dataset ds, Metrics out, String key) {
        long legacy = 0;
        long right = 0;
        long utf8 = 0;
        long utf8Flagged = 0;
        long named = 0;
        for (JsonNode l : ds.labels()) {
            String p = l.get("path").asText();
            String truth = l.path("charset").asText();
            boolean isUtf8 = truth.equalsIgnoreCase("UTF-8");
            if (isUtf8) {
                utf8++;
                if (ds.has(p, "encoding.legacy-charset") || ds.has(p, "encoding.invalid-utf8")) {
                    utf8Flagged++;
                }
                continue;
            }
            if (!strings(l.path("defects")).contains("legacy-charset")) {
                continue;
            }
            legacy++;
            JsonNode doc = ds.document(p);
            String guessed = doc == null ? null : doc.path("facts").path("charset").asText(null);
            named += guessed != null ? 1 : 0;
            if (guessed != null && CharsetEquivalence.sameText(ds.dir().resolve(p), truth, guessed)) {
                right++;
            }
        }
        out.rate(key + ".legacy.charset-right", right, legacy);
        out.rate(key + ".legacy.charset-named", named, legacy);
        out.rate(key + ".utf8.flagged", utf8Flagged, utf8);
    }

    static Set<String> strings(JsonNode arr) {
        Set<String> s = new HashSet<>();
        arr.forEach(x -> s.add(x.asText()));
        return s;
    }
}
