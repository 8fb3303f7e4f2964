package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Clean controls ({@code clean/bbc}): every finding of any category on a clean document other than
 * the expected {@code date.missing} (BBC articles carry no dates) is a false positive; findings per
 * document and the share of documents with an error.
 */
public final class CleanScorer implements Scorer {

    @Override
    public String category() {
        return "clean";
    }

    @Override
    public boolean accepts(String dataset) {
        return dataset.equals("clean/bbc");
    }

    @Override
    public void score(Dataset ds, Metrics out) {
        long docs = 0;
        long findings = 0;
        long withError = 0;
        for (JsonNode l : ds.labels()) {
            if (!l.path("clean").asBoolean()) {
                continue;
            }
            docs++;
            boolean err = false;
            for (JsonNode f : ds.findings(l.get("path").asText())) {
                if (f.get("rule").asText().equals("date.missing")) {
                    continue;
                }
                findings++;
                err |= f.get("severity").asText().equals("error");
            }
            withError += err ? 1 : 0;
        }
        out.put("clean.bbc.findings-per-doc", docs == 0 ? 0 : (double) findings / docs);
        out.rate("clean.bbc.docs-with-error", withError, docs);
    }
}
