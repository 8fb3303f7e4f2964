package dev.corpusqa.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.Threshold;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import dev.corpusqa.store.Fingerprints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateLevelsTest {

    static Finding f(String path, String rule, Severity s, String evidence) {
        return new Finding(path, rule, Category.parse(rule.substring(0, rule.indexOf('.'))), s, 1, 1, 1, 2, 0, 1, "m", evidence, null, null);
    }

    static List<Finding> newsletter(int docs) {
        List<Finding> l = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            l.add(f("d" + i + ".txt", "boilerplate.newsletter", Severity.ERROR, "box " + i));
        }
        return l;
    }

    @Test
    void thresholdsParseCountsFractionsAndPercentages() {
        assertThat(Threshold.parse("5", "x")).isEqualTo(new Threshold(5, false));
        assertThat(Threshold.parse("0.05", "x")).isEqualTo(new Threshold(0.05, true));
        assertThat(Threshold.parse("5%", "x")).isEqualTo(new Threshold(0.05, true));
        assertThat(Threshold.parse("3.0", "x")).isEqualTo(new Threshold(3, false));
        assertThatThrownBy(() -> Threshold.parse("lots", "failAt of rule 'x'")).isInstanceOf(ConfigException.class).hasMessageContaining("failAt");
        assertThatThrownBy(() -> Threshold.parse("150%", "x")).isInstanceOf(ConfigException.class);
    }

    @Test
    void withoutLevelsFailOnDecides() {
        Gate g = new Gate(FailOn.ERROR, 0, Map.of(), Set.of());
        assertThat(g.decide(newsletter(1), Fingerprints::of, 10).outcome()).isEqualTo(Gate.Outcome.FAIL);
        assertThat(g.decide(List.of(), Fingerprints::of, 10).outcome()).isEqualTo(Gate.Outcome.PASS);
    }

    @Test
    void ruleLevelsReplaceFailOnForThatRule() {
        Gate g = new Gate(FailOn.ERROR, 0, Map.of(), Set.of(),
                Map.of("boilerplate.newsletter", new Gate.Levels(new Threshold(2, false), new Threshold(4, false))));
        assertThat(g.decide(newsletter(1), Fingerprints::of, 100).outcome()).isEqualTo(Gate.Outcome.WARN);
        Gate.Decision warn = g.decide(newsletter(2), Fingerprints::of, 100);
        assertThat(warn.outcome()).isEqualTo(Gate.Outcome.WARN);
        assertThat(warn.reason()).contains("warnAt");
        Gate.Decision fail = g.decide(newsletter(4), Fingerprints::of, 100);
        assertThat(fail.outcome()).isEqualTo(Gate.Outcome.FAIL);
        assertThat(fail.reason()).contains("boilerplate.newsletter").contains("failAt");
        // other rules still follow failOn
        List<Finding> mixed = new ArrayList<>(newsletter(1));
        mixed.add(f("x.txt", "encoding.bom", Severity.ERROR, "bom"));
        assertThat(g.decide(mixed, Fingerprints::of, 100).outcome()).isEqualTo(Gate.Outcome.FAIL);
    }

    @Test
    void fractionalLevelsCountDocumentsNotFindings() {
        Gate g = new Gate(FailOn.ERROR, 0, Map.of(), Set.of(), Map.of("boilerplate.newsletter", new Gate.Levels(null, new Threshold(0.1, true))));
        List<Finding> sameDoc = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameDoc.add(f("one.txt", "boilerplate.newsletter", Severity.ERROR, "box " + i));
        }
        assertThat(g.decide(sameDoc, Fingerprints::of, 100).outcome()).isEqualTo(Gate.Outcome.WARN); // 1 of 100 documents
        assertThat(g.decide(newsletter(10), Fingerprints::of, 100).outcome()).isEqualTo(Gate.Outcome.FAIL); // 10 of 100
    }

    @Test
    void baselinedFindingsDoNotCountAndAreReportedApart() {
        List<Finding> found = newsletter(3);
        Set<String> baseline = Set.of(Fingerprints.of(found.get(0)), Fingerprints.of(found.get(1)));
        Gate g = new Gate(FailOn.ERROR, 0, Map.of(), baseline);
        Gate.Decision d = g.decide(found, Fingerprints::of, 3);
        assertThat(d.baselined()).isEqualTo(2);
        assertThat(d.counted()).isEqualTo(1);
        assertThat(d.outcome()).isEqualTo(Gate.Outcome.FAIL);
        assertThat(g.decide(found.subList(0, 2), Fingerprints::of, 3).reason()).contains("no new findings (2 baselined)");
        assertThat(g.status(found.get(0), Fingerprints.of(found.get(0)))).isEqualTo(Gate.Status.BASELINED);
    }
}
