package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Severity;
import java.util.Locale;

/**
 * The pattern families of the line classifier. Each is reported by its own rule
 * {@code boilerplate.<id>}; a line is reported under at most one family (the best-scoring one that
 * passes its rule's threshold).
 */
public enum Family {
    NEWSLETTER("Newsletter or e-mail alert sign-up box inside the article text", Severity.ERROR),
    DONATION("Donation or reader-support appeal inside the article text", Severity.ERROR),
    COMMENT("Comment prompt, comment form text or comment counter", Severity.ERROR),
    RELATED_LINK("\"Read more\" / \"See also\" / \"Related\" link or a list of teaser headlines", Severity.ERROR),
    SHARE("Share bar, social buttons or a follow-us prompt", Severity.ERROR),
    COOKIE("Cookie or privacy consent notice, legal footer link", Severity.ERROR),
    COPYRIGHT("Copyright or reproduction notice", Severity.ERROR),
    CAPTION_CREDIT("Photo caption with an agency or photographer credit, or a bare credit label", Severity.ERROR),
    TEMPLATE_RESIDUE("Unrendered template markup, widget error message or layout residue", Severity.ERROR),
    NAVIGATION("Navigation: menu items, breadcrumbs, tag lists, runs of link-like fragments", Severity.WARNING),
    WIDGET("Site widget text: search, log-in, advertisement labels and similar furniture", Severity.WARNING);

    private final String summary;
    private final Severity severity;

    Family(String summary, Severity severity) {
        this.summary = summary;
        this.severity = severity;
    }

    /** Kebab-case id, as used in rule ids and the lexicon files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String summary() {
        return summary;
    }

    public Severity severity() {
        return severity;
    }

    public static Family parse(String id) {
        for (Family f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }
}
