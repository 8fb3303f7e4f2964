package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dates: (1) where the gold date is written in the text ({@code in_text}), exact-day accuracy of the
 * report's {@code publicationDate} (no date or a wrong day both count as wrong) and coverage; (2) a
 * {@code date.missing} finding is a positive prediction of {@code in_text = false}: precision and
 * recall. Per view ({@code full}, {@code body}) and with the {@code gold_note} documents left out.
 * Clean BBC: every document should get {@code date.missing}.
 *
 * <p>Also, per view: {@code implausible-per-doc}, the findings of the implausibility rules
 * (future, too-old, weekday-mismatch, conflicting, updated-before-published) per document: the
 * dev data has no implausible dates (README), so every such finding is a false positive; and
 * {@code inferred-rate}, the share of documents that only have dates mentioned in the text.
 */
public final class DateScorer implements Scorer {

    private static final java.util.Set<String> IMPLAUSIBLE = java.util.Set.of("date.future", "date.too-old",
            "date.weekday-mismatch", "date.conflicting", "date.updated-before-published");

    @Override
    public String category() {
        return "date";
    }

    @Override
    public boolean accepts(String dataset) {
        return dataset.startsWith("dates/") || dataset.equals("clean/bbc");
    }

    @Override
    public void score(Dataset ds, Metrics out) {
        String key = "date." + ds.name().substring(ds.name().indexOf('/') + 1);
        if (ds.name().equals("clean/bbc")) {
            long docs = 0;
            long missing = 0;
            for (JsonNode l : ds.labels()) {
                docs++;
                missing += ds.has(l.get("path").asText(), "date.missing") ? 1 : 0;
            }
            out.rate(key + ".missing-found", missing, docs);
            return;
        }
        for (String view : new String[] {"full", "body"}) {
            long docs = 0;
            long implausible = 0;
            long inferred = 0;
            for (JsonNode l : ds.labels()) {
                if (!view.equals(l.path("view").asText())) {
                    continue;
                }
                docs++;
                String p = l.get("path").asText();
                inferred += ds.has(p, "date.inferred") ? 1 : 0;
                for (JsonNode f : ds.findings(p)) {
                    implausible += IMPLAUSIBLE.contains(f.path("rule").asText()) ? 1 : 0;
                }
            }
            out.put(key + "." + view + ".implausible-per-doc", docs == 0 ? 0 : (double) implausible / docs);
            out.rate(key + "." + view + ".inferred-rate", inferred, docs);
        }
        for (String view : new String[] {"all", "full", "body"}) {
            for (boolean withNotes : new boolean[] {true, false}) {
                long inText = 0;
                long exact = 0;
                long covered = 0;
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (JsonNode l : ds.labels()) {
                    if (!view.equals("all") && !view.equals(l.path("view").asText())) {
                        continue;
                    }
                    if (!withNotes && l.has("gold_note")) {
                        continue;
                    }
                    String p = l.get("path").asText();
                    JsonNode doc = ds.document(p);
                    String got = doc == null || doc.path("publicationDate").isNull() ? null : doc.path("publicationDate").asText(null);
                    boolean in = l.path("in_text").asBoolean();
                    if (in) {
                        inText++;
                        covered += got != null ? 1 : 0;
                        exact += got != null && got.equals(l.path("date").asText()) ? 1 : 0;
                    }
                    boolean said = ds.has(p, "date.missing");
                    if (said && !in) {
                        tp++;
                    } else if (said) {
                        fp++;
                    } else if (!in) {
                        fn++;
                    }
                }
                String k = key + "." + view + (withNotes ? "" : ".no-gold-note");
                out.rate(k + ".exact-day", exact, inText);
                out.rate(k + ".coverage", covered, inText);
                out.prf(k + ".missing", tp, fp, fn);
            }
        }
    }
}
