package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
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
            for (JsonNode l : ds.labels()) {
                if (l.path("clean").asBoolean()) {
                    docs++;
                    flagged += ds.has(l.get("path").asText(), "translation.", "error", "warning") ? 1 : 0;
                }
            }
            out.rate(key + ".docs-flagged", flagged, docs);
            return;
        }
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
        }
        out.rate(key + ".human.flag-rate", humanFlagged, human);
        out.rate(key + ".mt.flag-rate", mtFlagged, mt);
        out.prf(key + ".mt-as-positive", mtFlagged, humanFlagged, mt - mtFlagged);
        perSystem.forEach((sys, c) -> out.rate(key + ".system." + sys + ".flag-rate", c[1], c[0]));
    }
}
