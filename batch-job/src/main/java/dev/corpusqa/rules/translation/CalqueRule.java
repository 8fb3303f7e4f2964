package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * {@code translation.calque}: phrases from a curated lexicon ({@code calques.tsv} next to this
 * class: phrase, category, note) of machine-translation calques in news English: credit lines
 * ("with materials of agencies"), preposition calques ("by the data of"), literal idioms ("in the
 * nearest time"), discourse markers and uncountable nouns in the plural. Matching is one
 * Aho-Corasick pass, case-insensitive on whole words; entries marked {@code ^} count only at a
 * sentence start. An optional fourth column gives the entry's severity ({@code info} for calques
 * that careful human translators also write, so they show in reports without failing a build). The message quotes the entry's note so an editor knows the idiomatic form.
 */
public final class CalqueRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.calque", Category.TRANSLATION, Severity.WARNING,
            "A known machine-translation calque (credit line, literal idiom, preposition calque)");

    record Entry(String phrase, String category, String note, boolean sentenceStart, Severity severity) {
    }

    private final Map<String, Entry> entries;
    private final Trie trie;
    private final PhraseFilter filter;

    public CalqueRule() {
        this.entries = load();
        this.trie = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(entries.keySet()).build();
        this.filter = new PhraseFilter(entries.keySet());
    }

    static Map<String, Entry> load() {
        Map<String, Entry> m = new HashMap<>();
        try (InputStream in = CalqueRule.class.getResourceAsStream("calques.tsv")) {
            if (in == null) {
                throw new IllegalStateException("calques.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException("calques.tsv: expected phrase<TAB>category<TAB>note: " + line);
                }
                boolean start = f[0].startsWith("^");
                String phrase = (start ? f[0].substring(1) : f[0]).trim().toLowerCase(Locale.ROOT);
                Severity sev = f.length > 3 && !f[3].isBlank() ? Severity.parse(f[3]) : INFO.defaultSeverity();
                m.put(phrase, new Entry(phrase, f[1].trim(), f[2].trim(), start, sev));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        String t = TextUnits.clip(doc.text());
        int reported = 0;
        if (!filter.mayMatch(t)) {
            return; // no phrase at all, whole word or not: the trie would emit nothing
        }
        for (Emit e : trie.parseText(t)) {
            Entry en = entries.get(e.getKeyword().toLowerCase(Locale.ROOT));
            if (en == null) {
                continue;
            }
            int start = e.getStart();
            if (en.sentenceStart() && !atSentenceStart(t, start)) {
                continue;
            }
            out.accept(Finding.on(doc, INFO).span(start, e.getEnd() + 1)
                    .severity(en.severity()).message("calque (" + en.category() + "): " + en.note())
                    .score(1.0).build());
            if (++reported >= 20) {
                return;
            }
        }
    }

    private static boolean atSentenceStart(String t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '"' || t.charAt(j) == '“')) {
            j--;
        }
        return j < 0 || t.charAt(j) == '\n' || t.charAt(j) == '\r' || t.charAt(j) == '.' || t.charAt(j) == '!' || t.charAt(j) == '?';
    }
}
