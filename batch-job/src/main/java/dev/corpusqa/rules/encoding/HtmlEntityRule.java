package dev.corpusqa.rules.encoding;

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
import java.util.Map;

/**
 * {@code encoding.html-entity}: HTML character references that extraction left unresolved
 * ({@code &amp;}, {@code &#8217;}, {@code &#x2019;}, {@code &nbsp;}). Named references must be an
 * HTML entity name and end with ";" (so "AT&T", "R&D", "Q&A;" and "&c." are text), except
 * {@code &nbsp}, {@code &amp} and {@code &quot}, which are unambiguous even without it. Numeric
 * references need the ";" and a valid code point. The suggestion is the resolved character.
 * Matching is RE2/J (linear time).
 */
public final class HtmlEntityRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.html-entity", Category.ENCODING, Severity.WARNING,
            "Unresolved HTML character references (&amp; &#8217; &nbsp;) left by extraction");

    private static final Pattern REF = Pattern.compile("&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,9};|(?:nbsp|amp|quot)\\b)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || t.indexOf('&') < 0) {
            return;
        }
        int max = ctx.params(INFO).getInt("maxListed", 20);
        int listed = 0;
        Matcher m = REF.matcher(t);
        while (m.find() && listed < max) {
            String body = m.group(1);
            String resolved = resolve(body);
            if (resolved == null) {
                continue;
            }
            out.accept(Finding.on(doc, INFO).span(m.start(), m.end())
                    .message("unresolved HTML entity " + m.group() + " (should be \"" + EncodingText.visible(resolved) + "\")")
                    .evidence(EncodingText.around(t, m.start())).suggestion(resolved).score(1.0).build());
            listed++;
        }
    }

    /** The character a reference stands for, or {@code null} when it is not a real reference. */
    static String resolve(String body) {
        if (body.startsWith("#")) {
            try {
                int cp = body.charAt(1) == 'x' || body.charAt(1) == 'X' ? Integer.parseInt(body.substring(2, body.length() - 1), 16)
                        : Integer.parseInt(body.substring(1, body.length() - 1));
                return Character.isValidCodePoint(cp) && cp > 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String name = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
        Character c = HtmlEntities.NAMED.get(name);
        return c == null ? null : String.valueOf(c);
    }

    /** Tiny indirection so that the table reads as data. */
    static final class HtmlEntities {
        static final Map<String, Character> NAMED = HtmlEntityTable.named();
    }
}
