package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code translation.couple-calque}: "the couple" (or "the spouses", "the lovebirds") for two
 * people the text presents as officials or adversaries. Several languages use one word for "the
 * two of them" and "the pair"; MT renders it as "the couple", which in English means partners.
 * Strong evidence only: the document must call the two "two leaders", "heads of state", "both
 * presidents", "the two ministers", "rivals", "his counterpart", ... and must hold no word of partnership (wife, married, partner,
 * wedding, ...) anywhere.
 */
public final class CoupleCalqueRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.couple-calque", Category.TRANSLATION, Severity.WARNING,
            "\"The couple\" used for two officials or adversaries");

    static final com.google.re2j.Pattern COUPLE = com.google.re2j.Pattern.compile(
            "(?i)\\bthe\\s+(?:couple|spouses|lovebirds|married\\s+couple)\\b");
    private static final com.google.re2j.Pattern OFFICIAL_PAIR = com.google.re2j.Pattern.compile(
            "(?i)\\b(?:(?:the|both|two)\\s+(?:leaders|presidents|heads\\s+of\\s+state|heads\\s+of\\s+government|prime\\s+ministers"
            + "|foreign\\s+ministers|premiers|chancellors|rivals|adversaries|presidential\\s+candidates))\\b"
            + "|\\bheads\\s+of\\s+state\\b|\\b(?:his|her|their)\\s+counterparts?\\b|\\b(?:the|both|two)\\s+ministers\\b");
    private static final Set<String> PARTNERSHIP = Set.of("wife", "husband", "wives", "husbands", "married", "marriage", "marry",
            "wedding", "wed", "spouse", "partner", "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "engaged",
            "engagement", "honeymoon", "divorce", "divorced", "romance", "romantic", "dating", "lovers", "love", "baby",
            "pregnant", "pregnancy", "anniversary", "newlyweds", "bride", "groom", "daughter", "son", "children", "kids");

    /**
     * A cheap necessary condition for {@link #COUPLE}: one of its nouns occurs, compared without
     * case. RE2/J's {@code (?i)} folds by Unicode simple case folding, under which the letters of these
     * nouns only meet their ASCII capitals, plus U+017F LONG S for "s";
     * {@link String#regionMatches(boolean, int, String, int, int)} accepts all of those (and a few
     * more), so every text COUPLE matches passes. Most documents have none of the nouns, and the case-folding
     * NFA over the whole text was the rule's whole cost.
     */
    static boolean mayNameACouple(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char l = (char) (c | 0x20);
            if (l == 'c' && t.regionMatches(true, i, "couple", 0, 6)
                    || (l == 's' || c == '\u017F') && t.regionMatches(true, i, "spouses", 0, 7)
                    || l == 'l' && t.regionMatches(true, i, "lovebirds", 0, 9)) {
                return true;
            }
        }
        return false;
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
        if (!mayNameACouple(t)) {
            return; // no "couple", "spouses" or "lovebirds" in any case: COUPLE cannot match
        }
        com.google.re2j.Matcher m = COUPLE.matcher(t);
        if (!m.find()) {
            return;
        }
        int cs = m.start();
        int ce = m.end();
        com.google.re2j.Matcher o = OFFICIAL_PAIR.matcher(t);
        if (!o.find()) {
            return;
        }
        String evidence = o.group();
        List<TextUnits.Word> ws = TextUnits.of(doc).words();
        for (TextUnits.Word w : ws) {
            if (PARTNERSHIP.contains(w.lower())) {
                return;
            }
        }
        out.accept(Finding.on(doc, INFO).span(cs, ce)
                .message("'" + t.substring(cs, ce) + "' for two people the text calls '" + evidence + "'")
                .suggestion("the two " + (evidence.toLowerCase(java.util.Locale.ROOT).contains("leader") ? "leaders" : "of them"))
                .score(1.0).build());
    }
}
