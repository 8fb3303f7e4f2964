package dev.corpusqa.rules.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

/** The cheap tests in front of the calque trie and the couple pattern never reject a text the exact matcher accepts. */
class PrefilterTest {

    private static final String[] PIECES = {"the", "The", "THE", " ", "  ", "\t", "\n", "couple", "COUPLE", "Couple", "spouses",
        "\u017Fpou\u017Fes", "SPOUSES", "lovebirds", "LoveBirds", "married", "nearest", "time", "in", "by", "data", "of", "İ", "ı",
        "K", "\u212A", "-", "'", ".", "é", "x", "a", "recall", "that", "Recall"};

    private static String randomText(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void coupleFilterPassesEveryTextThePatternMatches() {
        SplittableRandom r = new SplittableRandom(3);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = randomText(r);
            if (CoupleCalqueRule.COUPLE.matcher(t).find()) {
                matched++;
                assertThat(CoupleCalqueRule.mayNameACouple(t)).as(t).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
        assertThat(CoupleCalqueRule.COUPLE.matcher("the \u017Fpou\u017Fes").find()).isTrue();
        assertThat(CoupleCalqueRule.mayNameACouple("the \u017Fpou\u017Fes")).isTrue();
        assertThat(CoupleCalqueRule.mayNameACouple("the two leaders met")).isFalse();
    }

    @Test
    void phraseFilterPassesEveryTextTheTrieEmitsFor() {
        List<String> phrases = List.of("in the nearest time", "by the data of", "recall that", "time", "the data", "é");
        Trie trie = Trie.builder().ignoreCase().addKeywords(phrases).build();
        PhraseFilter filter = new PhraseFilter(phrases);
        SplittableRandom r = new SplittableRandom(5);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = randomText(r);
            boolean emits = !trie.parseText(t).isEmpty();
            assertThat(filter.mayMatch(t)).as(t).isEqualTo(emits);
            matched += emits ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(100);
    }
}
