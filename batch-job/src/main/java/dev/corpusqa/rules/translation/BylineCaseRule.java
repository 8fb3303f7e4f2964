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
 *
 * <p>Also checked: photo credits on their own line or in parentheses ("Photo: jane doe/agency",
 * "(Picture by jane doe)"), where words that are not generic credit words (file, handout,
 * courtesy, ...) must be capitalised; and wire credits in the last lines ("With post wires"), where
 * the word before "wires" names an outlet and must be capitalised: a lower-case one is a translated
 * or lower-cased outlet name.
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

    private static final Pattern PHOTO = Pattern.compile("^\\s*\\(?\\s*(?:Photo|Photos|Photograph|Picture|Image|Video|Illustration)\\s*(?:by\\s+|:\\s*)"
            + "([\\p{L}][\\p{L}'’.\\-]*(?:[ ]+[\\p{L}][\\p{L}'’.\\-]*){0,3}(?:\\s*[/|,]\\s*[\\p{L}][\\p{L}'’.\\-]*(?:[ ]+[\\p{L}][\\p{L}'’.\\-]*){0,3}){0,2})\\s*\\)?\\s*$");
    private static final Pattern WIRES = Pattern.compile("^\\s*With\\s+([\\p{L}][\\p{L}'’.\\-]*(?:\\s+[\\p{L}][\\p{L}'’.\\-]*)?)\\s+(?:wires|wire\\s+reports|wire\\s+services)\\s*\\.?\\s*$");
    private static final java.util.Set<String> CREDIT_WORDS = java.util.Set.of("file", "handout", "supplied", "courtesy", "archive",
            "archives", "screenshot", "screengrab", "social", "media", "provided", "stock", "family", "pool", "photo", "photos",
            "staff", "library", "getty", "images", "via", "by", "of", "the", "and", "press", "office", "service", "agency", "agencies",
            "news", "wire", "wires", "reporters", "reporter", "additional", "unknown", "anonymous", "public", "domain", "personal",
            "private", "collection", "instagram", "twitter", "facebook", "x", "youtube", "telegram", "video", "still", "frame", "from");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        credits(doc, out);
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

    private static void credits(Document doc, FindingSink out) {
        int n = doc.lineCount();
        int limit = Math.min(n, 5_000);
        for (int ln = 1; ln <= limit; ln++) {
            String line = doc.line(ln);
            if (line.length() > 100) {
                continue;
            }
            Matcher m = PHOTO.matcher(line);
            if (m.matches()) {
                String bad = lowerWords(m.group(1), CREDIT_WORDS);
                if (!bad.isEmpty() && nameShaped(m.group(1))) {
                    out.accept(Finding.on(doc, INFO).line(ln).message("photo credit with lower-case name or outlet: " + bad).score(1.0).build());
                }
                continue;
            }
            if (ln > n - 12) {
                Matcher w = WIRES.matcher(line);
                if (w.matches()) {
                    String bad = lowerWords(w.group(1), CREDIT_WORDS);
                    if (!bad.isEmpty()) {
                        out.accept(Finding.on(doc, INFO).line(ln)
                                .message("wire credit names the outlet in lower case (a translated or lower-cased name?): " + bad)
                                .score(1.0).build());
                    }
                }
            }
        }
    }

    /**
     * A credit that reads like names: no article or preposition ("courtesy of the artist" is a
     * description), and either two lower-case words or a lower-case word beside a capitalised one.
     */
    private static final java.util.Set<String> NOT_IN_NAMES = java.util.Set.of("the", "a", "an", "of", "from", "courtesy", "on",
            "at", "in", "for", "with", "via", "by", "to");

    private static boolean nameShaped(String credit) {
        int lower = 0;
        int upper = 0;
        for (String w : credit.split("[ ,/|]+")) {
            String l = w.toLowerCase(java.util.Locale.ROOT);
            if (NOT_IN_NAMES.contains(l)) {
                return false;
            }
            if (w.isEmpty() || CREDIT_WORDS.contains(l) || PARTICLES.contains(w)) {
                continue;
            }
            if (Character.isLowerCase(w.codePointAt(0))) {
                lower++;
            } else {
                upper++;
            }
        }
        return lower >= 2 || (lower >= 1 && upper >= 1);
    }

    private static String lowerWords(String names, java.util.Set<String> allowed) {
        StringBuilder bad = new StringBuilder();
        for (String w : names.split("[ ,/|]+")) {
            if (w.isEmpty() || PARTICLES.contains(w) || allowed.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (Character.isLowerCase(w.codePointAt(0))) {
                bad.append(bad.length() == 0 ? "" : ", ").append(w);
            }
        }
        return bad.toString();
    }
}
