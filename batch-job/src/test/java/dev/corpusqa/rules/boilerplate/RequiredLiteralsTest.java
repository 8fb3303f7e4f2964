package dev.corpusqa.rules.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prefilter must never drop a line its pattern matches; it may only let too many through. */
class RequiredLiteralsTest {

    private static Set<String> lits(String re) {
        return RequiredLiterals.analyse(re).literals();
    }

    @Test
    void alternativesAndOptionalPartsMultiplyOut() {
        assertThat(lits("\\b(?:sign[ -]?up|subscribe)\\b")).containsExactlyInAnyOrder("sign up", "sign-up", "signup", "subscribe");
        assertThat(lits("\\bfields are marked\\b")).containsExactly("fields are marked");
    }

    @Test
    void theMostSelectivePartOfAConcatenationWins() {
        // "[^.!?]{0,40}" can be anything: the literal before or after it is required
        assertThat(lits("\\bnewsletter\\b[^.!?]{0,40}\\b(?:sign up|subscribe)\\b")).containsExactly("newsletter");
        assertThat(lits("\\(\\d{1,3}%, [\\d,.]+ votes?\\)")).containsExactlyInAnyOrder(" vote)", " votes)");
    }

    @Test
    void anythingOptionalOrOpenEndedGivesNoRequirement() {
        assertThat(lits("^\\d+ ?/ ?\\d+$")).containsExactlyInAnyOrder("/", " /", "/ ", " / ");
        assertThat(lits("^\\d+\\w*$")).isNull();
        assertThat(lits("(?:foo|\\w+)")).isNull();
        assertThat(lits("(?:foo)?bar*")).containsExactlyInAnyOrder("fooba", "ba");
        assertThat(RequiredLiterals.analyse("^\\d+\\w*$").anchoredAtStart()).isTrue();
    }

    @Test
    void upperCaseLiteralsAreReported() {
        assertThat(RequiredLiterals.analyse("\\bFoo\\b").upperCaseLiteral()).isTrue();
        assertThat(RequiredLiterals.analyse("\\p{Lu}\\bfoo\\W").upperCaseLiteral()).isFalse();
        assertThatThrownBy(() -> RequiredLiterals.analyse("(?:foo")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMatchContainsOneOfTheLiterals() {
        List<String[]> cases = List.of(
                new String[] {"\\b(?:leave|post) (?:a|your) comments?\\b", "please leave your comments below"},
                new String[] {"\\bcopyright \\d{4}\\b", "text copyright 2024 the owners"},
                new String[] {"^\\W{0,3}(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}|[a-z])", "(c) 2020 news ltd"},
                new String[] {"(?:подпишитесь|подписаться)[^.!?]{0,60}(?:рассылк|канал)", "подпишитесь на нашу рассылку"},
                new String[] {"\\$\\{[a-z_][\\w.]{0,40}\\}", "hello ${user.name}"});
        for (String[] c : cases) {
            var m = Pattern.compile(c[0]).matcher(c[1]);
            assertThat(m.find()).as(c[0]).isTrue();
            assertThat(lits(c[0])).as(c[0]).anyMatch(m.group()::contains);
        }
    }

    @Test
    void theShippedLexiconLoads() {
        // load() rejects upper-case literals and unanchored patterns without a required literal
        assertThat(Lexicon.load().match("Subscribe to our newsletter for updates")).isNotEmpty();
    }
}
