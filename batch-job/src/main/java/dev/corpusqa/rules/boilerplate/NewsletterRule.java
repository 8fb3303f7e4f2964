package dev.corpusqa.rules.boilerplate;

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
 * {@code boilerplate.newsletter}: newsletter and e-mail alert sign-up boxes left inside the article
 * text ("Sign up to our free newsletter", "Please enter a valid email address", "Newsletter
 * abonnieren", "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín", "Подпишитесь на
 * рассылку"). Patterns describe the kind of sentence (an imperative to subscribe plus a newsletter
 * or e-mail object), not any site's wording. RE2/J keeps matching linear-time on hostile lines.
 */
public final class NewsletterRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("boilerplate.newsletter", Category.BOILERPLATE, Severity.ERROR,
            "Newsletter or e-mail alert sign-up box inside the article text");

    private static final Pattern PATTERN = Pattern.compile("(?i)"
            // English: sign up / subscribe + newsletter / emails / alerts / inbox
            + "\\b(?:sign[ -]?up|subscribe|register)\\b[^.!?\\n]{0,60}\\b(?:newsletters?|e-?mails?|alerts?|inbox|bulletin)\\b"
            + "|\\b(?:newsletters?|e-?mail alerts?|breaking news e-?mails?)\\b[^.!?\\n]{0,40}\\b(?:sign[ -]?up|subscribe)\\b"
            + "|\\bplease enter a valid e-?mail(?: address)?\\b"
            + "|\\bsent (?:straight|directly) to your inbox\\b"
            + "|\\bthanks? (?:you )?for (?:signing up|subscribing)\\b"
            // German
            + "|\\bnewsletter\\b[^.!?\\n]{0,40}\\b(?:abonnieren|bestellen|anmelden)\\b"
            + "|\\b(?:melden sie sich|abonnieren sie)\\b[^.!?\\n]{0,60}\\bnewsletter"
            // French
            + "|\\b(?:inscrivez-vous|abonnez-vous)\\b[^.!?\\n]{0,60}\\b(?:newsletter|lettre d'information|infolettre|alertes?)\\b"
            // Spanish
            + "|\\b(?:suscr[ií]bete|suscr[ií]base|reg[ií]strate)\\b[^.!?\\n]{0,60}\\b(?:newsletter|bolet[ií]n|correo)"
            // Russian
            + "|(?:подпишитесь|подписаться)[^.!?\\n]{0,60}(?:рассылк|новост)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        for (int ln = 1; ln <= doc.lineCount(); ln++) {
            String line = doc.line(ln);
            if (line.length() < 8) {
                continue;
            }
            Matcher m = PATTERN.matcher(line);
            if (m.find()) {
                out.accept(Finding.on(doc, INFO).line(ln)
                        .message("newsletter sign-up text: \"" + m.group() + "\"").score(1.0).build());
            }
        }
    }
}
