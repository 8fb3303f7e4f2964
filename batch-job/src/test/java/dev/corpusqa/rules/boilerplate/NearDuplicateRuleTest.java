package dev.corpusqa.rules.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.RuleContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Near-duplicate search over the compact MinHash store: the same findings whatever order documents were profiled in. */
class NearDuplicateRuleTest {

    private static final String ARTICLE = "The regional council approved a new budget for the harbour district on Tuesday evening after a long"
            + " debate about ferry subsidies, road repairs and the future of the old fish market, which traders want to keep open through"
            + " the winter months while the council prefers to rebuild it as a covered hall with space for twenty stalls and a cafe that"
            + " would open onto the quay, according to the plans presented by the planning officer to the committee last month.";

    private static final String OTHER = "A local football club celebrated its centenary with a match between former players and the current"
            + " squad, watched by several hundred supporters who gathered at the ground despite heavy rain, before a dinner at the town"
            + " hall where the oldest surviving captain, now ninety-one, recalled the cup run of the nineteen fifties and the coach"
            + " journeys to away games across the valley that took most of a day in those years before the motorway was built.";

    private static List<Finding> run(List<String[]> docs) {
        MinHashSketches sk = new MinHashSketches();
        for (String[] d : docs) {
            sk.add(Document.of(d[0], d[1].getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = Map.of(MinHashSketches.class, sk);
        List<Finding> out = new ArrayList<>();
        new NearDuplicateRule().checkCorpus(new RuleContext(stats, Map.of(), LocalDate.of(2025, 1, 1), docs.size()), out::add);
        return out;
    }

    @Test
    void reportsTheLaterFileOfAPairWhateverTheProfilingOrder() {
        String edited = ARTICLE.replace("Tuesday evening", "Tuesday night");
        List<String[]> docs = List.of(new String[] {"b/copy.txt", edited}, new String[] {"c/other.txt", OTHER}, new String[] {"a/original.txt", ARTICLE});
        List<Finding> f = run(docs);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).path()).isEqualTo("b/copy.txt");
        assertThat(f.get(0).evidence()).isEqualTo("a/original.txt");
        assertThat(f.get(0).score()).isGreaterThan(0.8);
        assertThat(run(List.of(docs.get(2), docs.get(1), docs.get(0)))).isEqualTo(f);
    }

    @Test
    void differentArticlesAndShortTextsAreNotPaired() {
        assertThat(run(List.of(new String[] {"a.txt", ARTICLE}, new String[] {"b.txt", OTHER}))).isEmpty();
        assertThat(run(List.of(new String[] {"a.txt", "Ferry times change in April."}, new String[] {"b.txt", "Ferry times change in April."})))
                .as("fewer than 50 words are not sketched").isEmpty();
    }
}
