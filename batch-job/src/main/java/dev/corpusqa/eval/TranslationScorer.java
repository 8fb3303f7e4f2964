package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Translation: document level. The flag rate (share of documents with a {@code translation.*}
 * warning or error) on human and on machine translations, overall and per system; the human rate is
 * the false-positive rate. Clean BBC (original English): the share of documents flagged.
 */
public final class TranslationScorer implements Scorer {

    @Override
    public String category() {
        return "translation";
    }

    @Override
    public boolean accepts(String dataset) {
        return dataset.startsWith("translation/") || dataset.equals("clean/bbc");
    }

    @Override
    public void score(Dataset ds, Metrics out) {
        String key = "translation." + ds.name().substring(ds.name().indexOf('/') + 1);
        if (ds.name().equals("clean/bbc")) {
            long docs = 0;
            long flagged = 0;
            double tsum = 0;
            long tn = 0;
            for (JsonNode l : ds.labels()) {
                if (l.path("clean").asBoolean()) {
                    docs++;
                    flagged += ds.has(l.get("path").asText(), "translation.", "error", "warning") ? 1 : 0;
                    for (JsonNode f : ds.findings(l.get("path").asText())) {
                        if (f.path("rule").asText().equals("translation.translationese-score") && f.hasNonNull("score")) {
                            tsum += f.get("score").asDouble();
                            tn++;
                        }
                    }
                }
            }
            out.rate(key + ".docs-flagged", flagged, docs);
            if (tn > 0) {
                out.put(key + ".mean-translationese-score", tsum / tn);
            }
            return;
        }
        Map<String, double[]> z = humanScores(ds.dir().resolve("scores.jsonl"));
        Map<String, long[]> findingsPerSystem = new TreeMap<>();
        Map<String, double[]> translationese = new TreeMap<>();
        long human = 0;
        long humanFlagged = 0;
        long mt = 0;
        long mtFlagged = 0;
        Map<String, long[]> perSystem = new TreeMap<>();
        for (JsonNode l : ds.labels()) {
            String p = l.get("path").asText();
            boolean flagged = ds.has(p, "translation.", "error", "warning");
            boolean isHuman = "human".equals(l.path("origin").asText());
            if (isHuman) {
                human++;
                humanFlagged += flagged ? 1 : 0;
            } else {
                mt++;
                mtFlagged += flagged ? 1 : 0;
            }
            long[] c = perSystem.computeIfAbsent(l.path("system").asText(), k -> new long[2]);
            c[0]++;
            c[1] += flagged ? 1 : 0;
            long[] fs = findingsPerSystem.computeIfAbsent(l.path("system").asText(), k -> new long[2]);
            fs[0] += l.path("segments").asLong(0);
            for (JsonNode f : ds.findings(p)) {
                String sev = f.path("severity").asText();
                if (f.path("rule").asText().startsWith("translation.") && (sev.equals("warning") || sev.equals("error"))) {
                    fs[1]++;
                }
                if (f.path("rule").asText().equals("translation.translationese-score") && f.hasNonNull("score")) {
                    double[] tv = translationese.computeIfAbsent(isHuman ? "human" : "mt", k -> new double[2]);
                    tv[0] += f.get("score").asDouble();
                    tv[1]++;
                }
            }
        }
        out.rate(key + ".human.flag-rate", humanFlagged, human);
        out.rate(key + ".mt.flag-rate", mtFlagged, mt);
        out.prf(key + ".mt-as-positive", mtFlagged, humanFlagged, mt - mtFlagged);
        perSystem.forEach((sys, c) -> {
            out.rate(key + ".system." + sys + ".flag-rate", c[1], c[0]);
            long[] fs = findingsPerSystem.get(sys);
            out.put(key + ".system." + sys + ".findings-per-1k-segments", fs[0] == 0 ? 0 : 1000.0 * fs[1] / fs[0]);
            double[] zs = z.get(sys.startsWith("mt-") ? sys.substring(3) : sys);
            if (zs != null && zs[1] > 0) {
                out.put(key + ".system." + sys + ".mean-human-z", zs[0] / zs[1]);
            }
        });
        double[] hz = z.get("HUMAN");
        if (hz != null && hz[1] > 0) {
            out.put(key + ".system.HUMAN(unmapped).mean-human-z", hz[0] / hz[1]);
        }
        translationese.forEach((origin, v) -> out.put(key + "." + origin + ".mean-translationese-score", v[1] == 0 ? 0 : v[0] / v[1]));
        out.note(key, "per system: flag rate, findings per 1,000 segments and mean human DA z (scores.jsonl; noisy, averaged only)");
    }

    /** Sum and count of the DA z-scores per system name of {@code scores.jsonl}; empty when absent. */
    static Map<String, double[]> humanScores(Path file) {
        Map<String, double[]> m = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return m;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("z")) {
                    double[] v = m.computeIfAbsent(n.path("system").asText().toUpperCase(Locale.ROOT).equals("HUMAN") ? "HUMAN"
                            : n.path("system").asText(), k -> new double[2]);
                    v[0] += n.get("z").asDouble();
                    v[1]++;
                }
            }
        } catch (IOException e) {
            System.err.println("translation: cannot read " + file + ": " + e.getMessage());
        }
        return m;
    }
}
