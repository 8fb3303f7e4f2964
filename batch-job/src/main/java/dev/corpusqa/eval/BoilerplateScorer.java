package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

/**
 * Boilerplate: line level. A line is flagged when a {@code boilerplate.*} finding that is not
 * document-level ({@code boilerplate.document}, {@code boilerplate.near-duplicate}) covers it. Over
 * all non-empty lines: precision, recall, F1; on zyte also the share of article-content lines
 * flagged (uncertain lines excluded), recall with uncertain lines excluded, and recall on
 * {@code inline_lines}. On clean BBC: documents with any boilerplate error.
 */
public final class BoilerplateScorer implements Scorer {

    static final Set<String> DOCUMENT_LEVEL = Set.of("boilerplate.document", "boilerplate.near-duplicate");

    @Override
    public String category() {
        return "boilerplate";
    }

    @Override
    public boolean accepts(String dataset) {
        return dataset.startsWith("boilerplate/") || dataset.equals("clean/bbc");
    }

    @Override
    public void score(Dataset ds, Metrics out) {
        String key = "boilerplate." + ds.name().substring(ds.name().indexOf('/') + 1);
        if (ds.name().equals("clean/bbc")) {
            long docs = 0;
            long err = 0;
            long any = 0;
            for (JsonNode l : ds.labels()) {
                if (!l.path("clean").asBoolean()) {
                    continue;
                }
                docs++;
                String p = l.get("path").asText();
                err += ds.has(p, "boilerplate.", "error") ? 1 : 0;
                any += ds.has(p, "boilerplate.") ? 1 : 0;
            }
            out.rate(key + ".docs-with-boilerplate-error", err, docs);
            out.rate(key + ".docs-with-any-boilerplate-finding", any, docs);
            return;
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tpC = 0;
        long fpC = 0;
        long fnC = 0;
        long contentLines = 0;
        long contentFlagged = 0;
        long inline = 0;
        long inlineHit = 0;
        for (JsonNode l : ds.labels()) {
            String p = l.get("path").asText();
            Set<Integer> gold = ints(l.path("lines"));
            Set<Integer> uncertain = ints(l.path("uncertain_lines"));
            Set<Integer> inl = ints(l.path("inline_lines"));
            Set<Integer> flagged = new HashSet<>();
            for (JsonNode f : ds.findings(p)) {
                if (!f.get("rule").asText().startsWith("boilerplate.") || DOCUMENT_LEVEL.contains(f.get("rule").asText())) {
                    continue;
                }
                for (int i = f.get("line").asInt(); i <= f.get("endLine").asInt(); i++) {
                    flagged.add(i);
                }
            }
            String[] lines;
            try {
                lines = new String(Files.readAllBytes(ds.dir().resolve(p)), StandardCharsets.UTF_8).split("\n", -1);
            } catch (IOException e) {
                continue;
            }
            for (int i = 1; i <= lines.length; i++) {
                if (lines[i - 1].isBlank()) {
                    continue;
                }
                boolean g = gold.contains(i);
                boolean s = flagged.contains(i);
                if (g && s) {
                    tp++;
                } else if (s) {
                    fp++;
                } else if (g) {
                    fn++;
                }
                if (!uncertain.contains(i)) {
                    if (g && s) {
                        tpC++;
                    } else if (s) {
                        fpC++;
                    } else if (g) {
                        fnC++;
                    }
                    if (!g) {
                        contentLines++;
                        contentFlagged += s ? 1 : 0;
                    }
                }
                if (inl.contains(i)) {
                    inline++;
                    inlineHit += s ? 1 : 0;
                }
            }
        }
        out.prf(key + ".lines", tp, fp, fn);
        if (ds.name().equals("boilerplate/zyte")) {
            out.prf(key + ".lines-certain", tpC, fpC, fnC);
            out.rate(key + ".content-lines-flagged", contentFlagged, contentLines);
            out.rate(key + ".inline-recall", inlineHit, inline);
        }
    }

    static Set<Integer> ints(JsonNode arr) {
        Set<Integer> s = new HashSet<>();
        arr.forEach(x -> s.add(x.asInt()));
        return s;
    }
}
