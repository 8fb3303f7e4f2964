package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code translation.pronoun-gender}: a named person referred to by pronouns of both genders
 * (languages without gendered pronouns, or with grammatical gender on nouns, make MT guess).
 *
 * <p>Coreference heuristic, deliberately narrow (precision over recall):
 * <ol>
 * <li>A person is a capitalised name after an honorific (Mr, Ms, ...; this also gives a gender),
 * or a run of two or three capitalised words that stands next to a title word (president,
 * minister, spokesman, ...) or a speech verb (said, told, ...). Later mentions by the last word
 * of the name count too.</li>
 * <li>A he/him/his or she/her/hers pronoun is attributed to a person only when that person is the
 * only person mentioned in the pronoun's sentence before it (or, if none, in the previous
 * sentence), when no gendered common noun (wife, mother, man, ...) stands in that window, and when
 * the sentence has no quotation marks (quoted speech talks about other people).</li>
 * <li>A person is reported when the attributed pronouns (plus the honorific, worth two) make a
 * clear majority of one gender, at least {@code minMajority} strong, and the other gender has at
 * most a third as many. The finding points at the first minority pronoun.</li>
 * </ol>
 */
public final class PronounGenderRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.pronoun-gender", Category.TRANSLATION, Severity.WARNING,
            "A named person referred to by pronouns of both genders");

    private static final Map<String, Integer> HONORIFIC = Map.of("Mr", 1, "Mister", 1, "Sir", 1, "Lord", 1,
            "Mrs", 2, "Ms", 2, "Miss", 2, "Madam", 2, "Dame", 2, "Lady", 2);
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> GENDERED_NOUNS = Set.of("woman", "women", "wife", "wives", "mother", "daughter", "daughters",
            "girl", "girls", "sister", "actress", "queen", "lady", "ladies", "girlfriend", "grandmother", "widow", "niece", "aunt",
            "bride", "princess", "spokeswoman", "chairwoman", "businesswoman", "policewoman", "mum", "mom", "granddaughter",
            "man", "men", "husband", "father", "son", "sons", "boy", "boys", "brother", "king", "gentleman", "boyfriend",
            "grandfather", "widower", "nephew", "uncle", "groom", "prince", "spokesman", "businessman", "policeman", "dad",
            "grandson", "stepfather", "stepmother", "fiance", "fiancee", "baby", "child", "children", "family", "couple");
    private static final Set<String> TITLES = Set.of("president", "minister", "premier", "chancellor", "leader", "aide", "spokesman",
            "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "coach", "player", "actor", "actress", "singer",
            "chief", "head", "governor", "mayor", "senator", "general", "colonel", "officer", "author", "writer", "secretary",
            "ambassador", "deputy", "judge", "captain", "striker", "goalkeeper", "defender", "midfielder", "manager", "founder",
            "professor", "doctor", "journalist", "correspondent", "analyst", "expert", "economist", "scientist", "lawyer",
            "prosecutor", "commander", "champion", "athlete", "artist", "businessman", "businesswoman", "cosmonaut", "astronaut");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stated", "explained", "wrote",
            "stressed", "emphasised", "emphasized", "recalled", "announced", "admitted", "insisted", "claimed", "replied");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "For",
            "But", "And", "However", "According", "After", "Before", "When", "While", "If", "As", "It", "He", "She", "They", "We", "I",
            "His", "Her", "Their", "Our", "Its", "There", "Here", "What", "Who", "Why", "How", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "President", "Minister", "Prime");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final class Person {
        final String key;
        int male;
        int female;
        int minorityAt = -1;
        int minorityEnd;
        int firstFemale = -1;
        int firstFemaleEnd;
        int firstMale = -1;
        int firstMaleEnd;
        boolean evidence;

        Person(String key) {
            this.key = key;
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        int minMajority = ctx.params(INFO).getInt("minMajority", 3);
        TextUnits.Analysis a = TextUnits.of(doc);
        List<TextUnits.Word> ws = a.words();
        Map<String, Person> persons = new LinkedHashMap<>();
        // pass 1: find persons
        for (int i = 0; i < ws.size(); i++) {
            TextUnits.Word w = ws.get(i);
            Integer hon = HONORIFIC.get(w.text());
            if (hon != null && i + 1 < ws.size() && ws.get(i + 1).capitalised() && ws.get(i + 1).sentence() == w.sentence()
                    && !NOT_NAMES.contains(ws.get(i + 1).text())) {
                Person p = persons.computeIfAbsent(ws.get(i + 1).base(), Person::new);
                p.evidence = true;
                if (hon == 1) {
                    p.male += 2;
                } else {
                    p.female += 2;
                }
                continue;
            }
            if (w.capitalised() && !NOT_NAMES.contains(w.text()) && i + 1 < ws.size() && ws.get(i + 1).capitalised()
                    && ws.get(i + 1).sentence() == w.sentence() && !NOT_NAMES.contains(ws.get(i + 1).text())) {
                int end = i + 1;
                if (end + 1 < ws.size() && ws.get(end + 1).capitalised() && ws.get(end + 1).sentence() == w.sentence()) {
                    end++;
                }
                boolean ev = false;
                if (i > 0 && TITLES.contains(ws.get(i - 1).lower()) && ws.get(i - 1).sentence() == w.sentence()) {
                    ev = true;
                }
                for (int k = end + 1; k <= end + 2 && k < ws.size() && ws.get(k).sentence() == w.sentence(); k++) {
                    if (SPEECH.contains(ws.get(k).lower())) {
                        ev = true;
                    }
                }
                if (i > 0 && SPEECH.contains(ws.get(i - 1).lower()) && ws.get(i - 1).sentence() == w.sentence()) {
                    ev = true;
                }
                if (ev) {
                    Person p = persons.computeIfAbsent(ws.get(end).base(), Person::new);
                    p.evidence = true;
                }
                i = end;
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        // pass 2: attribute pronouns
        boolean[] quoted = new boolean[a.sentences().size()];
        for (int s = 0; s < quoted.length; s++) {
            TextUnits.Sentence se = a.sentences().get(s);
            for (int c = se.start(); c < se.end(); c++) {
                char ch = a.text().charAt(c);
                if (ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»' || ch == '„') {
                    quoted[s] = true;
                    break;
                }
            }
        }
        List<int[]> mentions = new ArrayList<>(); // {wordIndex, sentence}
        Map<Integer, String> mentionKey = new HashMap<>();
        int[] nounSentence = new int[a.sentences().size()];
        java.util.Arrays.fill(nounSentence, -1);
        for (int i = 0; i < ws.size(); i++) {
            TextUnits.Word w = ws.get(i);
            if (w.capitalised() && persons.containsKey(w.base())) {
                mentions.add(new int[] {i, w.sentence()});
                mentionKey.put(i, w.base());
            }
        }
        int mi = 0;
        for (int i = 0; i < ws.size(); i++) {
            TextUnits.Word w = ws.get(i);
            String l = w.lower();
            boolean male = MALE.contains(l);
            boolean female = FEMALE.contains(l);
            if (!male && !female) {
                continue;
            }
            int s = w.sentence();
            if (quoted[s]) {
                continue;
            }
            while (mi < mentions.size() && mentions.get(mi)[0] < i) {
                mi++;
            }
            // candidates: persons mentioned earlier in this sentence, else in the previous sentence
            java.util.Set<String> cands = new java.util.HashSet<>();
            int windowStart = -1;
            for (int k = mi - 1; k >= 0; k--) {
                int ms = mentions.get(k)[1];
                if (ms == s) {
                    cands.add(mentionKey.get(mentions.get(k)[0]));
                    windowStart = mentions.get(k)[0];
                } else {
                    break;
                }
            }
            if (cands.isEmpty()) {
                if (s == 0 || quoted[s - 1]) {
                    continue;
                }
                for (int k = mi - 1; k >= 0; k--) {
                    int ms = mentions.get(k)[1];
                    if (ms == s - 1) {
                        cands.add(mentionKey.get(mentions.get(k)[0]));
                        windowStart = mentions.get(k)[0];
                    } else if (ms < s - 1) {
                        break;
                    }
                }
            }
            if (cands.size() != 1) {
                continue;
            }
            boolean otherReferent = false;
            int from = a.sentences().get(Math.max(0, windowStart >= 0 ? ws.get(windowStart).sentence() : s)).firstWord();
            for (int k = from; k < i; k++) {
                String kl = ws.get(k).base().toLowerCase(Locale.ROOT);
                if (GENDERED_NOUNS.contains(kl)) {
                    otherReferent = true;
                    break;
                }
                // another capitalised two-word name in the window may be a person we did not recognise
                if (k > from && k != windowStart && ws.get(k).capitalised() && !ws.get(k).initial() && ws.get(k - 1).capitalised()
                        && !persons.containsKey(ws.get(k).base()) && !NOT_NAMES.contains(ws.get(k - 1).text())) {
                    otherReferent = true;
                    break;
                }
            }
            if (otherReferent) {
                continue;
            }
            Person p = persons.get(cands.iterator().next());
            if (male) {
                p.male++;
                if (p.firstMale < 0) {
                    p.firstMale = w.start();
                    p.firstMaleEnd = w.end();
                }
            } else {
                p.female++;
                if (p.firstFemale < 0) {
                    p.firstFemale = w.start();
                    p.firstFemaleEnd = w.end();
                }
            }
        }
        for (Person p : persons.values()) {
            if (!p.evidence || p.male == 0 || p.female == 0) {
                continue;
            }
            int maj = Math.max(p.male, p.female);
            int min = Math.min(p.male, p.female);
            if (maj < minMajority || min * 3 > maj || min > 2) {
                // more than two "wrong" pronouns: more likely two people with one surname
                continue;
            }
            boolean minorityFemale = p.female < p.male;
            int at = minorityFemale ? p.firstFemale : p.firstMale;
            int end = minorityFemale ? p.firstFemaleEnd : p.firstMaleEnd;
            if (at < 0) {
                continue; // the minority is the honorific alone
            }
            out.accept(Finding.on(doc, INFO).span(at, end)
                    .message("'" + p.key + "' is referred to as " + (minorityFemale ? "he" : "she") + " " + maj
                            + "x but as " + (minorityFemale ? "she" : "he") + " " + min + "x")
                    .score(maj / (double) (maj + min)).build());
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
