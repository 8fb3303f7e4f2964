package dev.corpusqa.rules.translation;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * {@code translation.byline-case}: a byline near the top of the article ("By jane doe, reuters")
 * whose name words are not capitalised. English newsrooms always capitalise bylines; a lower-cased
 * surname or outlet is what machine translation and lossy round trips leave behind. Only short
 * lines that start with "By" and hold two to six words are bylines; a lower-case particle such as
 * "de", "van", "bin" or "al" inside a name is allowed.
 */
public final class BylineCaseRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.byline-case", Category.TRANSLATION, Severity.WARNING,
            "Byline or credit whose names or outlet are not capitalised");

    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By|BY)\\s+([\\p{L}][\\p{L}'’.\\-]*(?:[ ,]+(?:and\\s+)?[\\p{L}][\\p{L}'’.\\-]*){1,6})\\s*$");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "di", "del", "della", "van", "von", "der",
            "den", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "y", "and", "of", "in", "for", "at", "ter", "ten", "zu");

    private static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "their", "our", "my", "its", "your", "now", "then", "far", "way", "all", "means", "contrast",
            "comparison", "default", "design", "chance", "mistake", "law", "night", "day", "air", "car", "train", "phone",
            "email", "mail", "hand", "numbers", "some", "many", "most", "no", "one", "two", "itself", "themselves");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        int maxLine = Math.min(doc.lineCount(), ctx.params(INFO).getInt("topLines", 12));
        for (int ln = 1; ln <= maxLine; ln++) {
            String line = doc.line(ln);
            if (line.length() > 80) {
                continue;
            }
            Matcher m = BYLINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String first = m.group(1).split("[ ,]+")[0].toLowerCase(java.util.Locale.ROOT);
            if (NOT_A_NAME.contains(first)) {
                continue; // "By the numbers", "By now, ..."
            }
            StringBuilder bad = new StringBuilder();
            int words = 0;
            for (String w : m.group(1).split("[ ,]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                words++;
                if (PARTICLES.contains(w) || w.equals("and")) {
                    continue;
                }
                if (Character.isLowerCase(w.codePointAt(0))) {
                    bad.append(bad.length() == 0 ? "" : ", ").append(w);
                }
            }
            if (words >= 2 && bad.length() > 0) {
                out.accept(Finding.on(doc, INFO).line(ln)
                        .message("byline with lower-case name or outlet: " + bad).score(1.0).build());
            }
        }
    }
}
