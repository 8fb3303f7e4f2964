package dev.corpusqa.rules.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DFA reports exactly the occurrences a naive search finds, overlapping ones included. */
class KeywordAutomatonTest {

    private static List<String> scan(KeywordAutomaton a, List<String> kw, String text) {
        List<String> out = new ArrayList<>();
        a.scan(text, (k, s, e) -> out.add(kw.get(k) + "@" + s + "-" + e));
        return out;
    }

    private static List<String> naive(List<String> kw, String text) {
        List<String> out = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            List<String> here = new ArrayList<>();
            for (String k : kw) {
                if (end >= k.length() && text.startsWith(k, end - k.length())) {
                    here.add(k);
                }
            }
            here.sort(String::compareTo); // hits ending at one char come in keyword order
            for (String k : here) {
                out.add(k + "@" + (end - k.length()) + "-" + end);
            }
        }
        return out;
    }

    @Test
    void findsOverlappingAndNestedKeywords() {
        List<String> kw = List.of("he", "she", "his", "hers", "share this", "подпишитесь", "e");
        KeywordAutomaton a = new KeywordAutomaton(kw);
        for (String t : List.of("ushers", "please share this story", "she sells; his hers", "подпишитесь на канал", "", "xyz")) {
            assertThat(scan(a, kw, t)).as(t).isEqualTo(naive(kw, t));
        }
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> kw = List.of("ab", "abc", "bca", "c", "aab", "cab", "bb", "é", "aé");
        KeywordAutomaton a = new KeywordAutomaton(kw);
        SplittableRandom r = new SplittableRandom(5);
        String alphabet = "abcé x";
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertThat(scan(a, kw, t)).as(t).isEqualTo(naive(kw, t));
        }
    }

    @Test
    void wordSetAnswersForRegions() {
        WordSet s = new WordSet(List.of("you", "your", "вы"));
        String line = "have your say, вы";
        assertThat(s.contains(line, 5, 9)).isTrue();
        assertThat(s.contains(line, 5, 8)).isTrue();
        assertThat(s.contains(line, 0, 4)).isFalse();
        assertThat(s.contains(line, 15, 17)).isTrue();
        assertThat(s.contains(line, 5, 5)).isFalse();
    }

    @Test
    void tableResidueNeedsAColumnBar() {
        assertThat(LineClassifier.tableResidue("||")).isTrue();
        assertThat(LineClassifier.tableResidue("| |")).isTrue();
        assertThat(LineClassifier.tableResidue("|−|")).isTrue();
        assertThat(LineClassifier.tableResidue("* * *")).isFalse();
        assertThat(LineClassifier.tableResidue("—")).isFalse();
        assertThat(LineClassifier.tableResidue("|a|")).isFalse();
    }
}
