package dev.corpusqa.rules.translation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile and odd input: no rule of the family may throw, and the output stays bounded. */
class TranslationRulesRobustnessTest {

    private static List<Document> hostile() {
        List<Document> docs = new ArrayList<>();
        docs.add(Document.ofText("empty.txt", ""));
        docs.add(Document.ofText("letters.txt", "a".repeat(2_000_000)));
        docs.add(Document.ofText("names.txt", "Then Aaaab met Aaaac and Aaaad. ".repeat(50_000)));
        docs.add(Document.ofText("dashes.txt", "word – word – ".repeat(100_000)));
        docs.add(Document.ofText("parens.txt", "((((((((((".repeat(100_000)));
        docs.add(Document.ofText("cyrillic.txt", "The text ".repeat(1000) + "слово ".repeat(100_000)));
        docs.add(Document.ofText("pronouns.txt", "Mr Brannock said so. She agreed. He left. Her car. ".repeat(20_000)));
        docs.add(Document.ofText("surrogates.txt", "\uD83D\uDE00 Mr \uD83D\uDE00 \uD800 By \uDC00 x".repeat(10_000)));
        docs.add(Document.of("binary.bin", new byte[] {0, 1, 2, 0, 3}, Map.of()));
        docs.add(Document.of("latin1.txt", "Caf\u00e9 by jos\u00e9".getBytes(StandardCharsets.ISO_8859_1), Map.of()));
        return docs;
    }

    @Test
    void everyRuleSurvivesHostileInputWithBoundedOutput() throws Exception {
        List<Document> docs = hostile();
        for (Rule rule : TranslationRules.all()) {
            Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = new HashMap<>();
            for (Class<? extends CorpusStatistic> t : rule.statistics()) {
                CorpusStatistic s = t.getDeclaredConstructor().newInstance();
                docs.stream().filter(Document::hasText).forEach(s::add);
                s.finish(docs.size());
                stats.put(t, s);
            }
            RuleContext ctx = new RuleContext(stats, Map.of(), LocalDate.of(2026, 1, 1), docs.size());
            for (Document d : docs) {
                List<Finding> out = new ArrayList<>();
                rule.check(d, ctx, out::add);
                assertThat(out.size()).as("%s on %s", rule.info().id(), d.path()).isLessThan(5_000);
            }
        }
    }

    @Test
    void transliterationSkeletonsAndSlips() {
        assertThat(NameVariants.transliterationPair("Anatoliy", "Anatoly")).isTrue();
        assertThat(NameVariants.transliterationPair("Natalya", "Natalia")).isTrue();
        assertThat(NameVariants.transliterationPair("Maksim", "Maxim")).isTrue();
        assertThat(NameVariants.transliterationPair("Alan", "Allan")).isFalse();
        assertThat(NameVariants.transliterationPair("Korea", "Korean")).isFalse();
        assertThat(NameVariants.oneEditSlip("Veldtmaier", "Veldmaier", true)).isTrue();
        assertThat(NameVariants.oneEditSlip("Sweden", "Swedes", false)).isFalse();
        assertThat(NameVariants.oneEditSlip("Mark", "Park", false)).isFalse();
        assertThat(NameVariants.oneEditSlip("Jonas", "Jones", true)).isFalse();
    }

    @Test
    void calqueLexiconEntriesAllHaveCategoryAndNote() {
        assertThat(CalqueRule.load()).isNotEmpty().allSatisfy((phrase, e) -> {
            assertThat(e.category()).isNotBlank();
            assertThat(e.note()).hasSizeGreaterThan(20);
        });
    }
}
