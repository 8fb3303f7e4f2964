package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * Files that cannot be checked as text at all. The binary and empty checks are ordinary rules; the
 * unreadable, too-large and not-fully-checked findings are raised by the job itself (a file that
 * cannot be read or is over the size limit never reaches the rules), but they have ids and pages
 * like every rule so that they can be configured, documented and listed in SARIF.
 */
public final class InputRules {

    private InputRules() {
    }

    public static final RuleInfo UNREADABLE = RuleInfo.of("encoding.unreadable", Category.ENCODING, Severity.ERROR,
            "The file could not be read (permissions, I/O error, or it disappeared during the run)");
    public static final RuleInfo TOO_LARGE = RuleInfo.of("encoding.too-large", Category.ENCODING, Severity.ERROR,
            "The file is larger than maxFileBytes and was not checked");
    public static final RuleInfo NOT_CHECKED = RuleInfo.of("encoding.not-checked", Category.ENCODING, Severity.WARNING,
            "Checking the file took longer than its time budget, or a rule failed on it: some rules did not run");

    /** {@code encoding.binary}: NUL bytes in a file that is not UTF-16/32: not a text file. */
    public static final class Binary implements Rule {
        public static final RuleInfo INFO = RuleInfo.of("encoding.binary", Category.ENCODING, Severity.ERROR,
                "The file holds NUL bytes: it is binary, not text");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(Document doc, RuleContext ctx, FindingSink out) {
            if (!doc.hasText()) {
                int at = 0;
                while (at < doc.bytes().length && doc.bytes()[at] != 0) {
                    at++;
                }
                out.accept(Finding.on(doc, INFO).document().message("binary file: NUL byte at offset " + at + "; not checked as text")
                        .evidence("NUL at byte " + at).score(1.0).build());
            }
        }
    }

    /** {@code encoding.empty}: the file has no text, or only white space. */
    public static final class Empty implements Rule {
        public static final RuleInfo INFO = RuleInfo.of("encoding.empty", Category.ENCODING, Severity.ERROR,
                "The file is empty or holds only white space");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(Document doc, RuleContext ctx, FindingSink out) {
            if (doc.hasText() && blankOrBom(doc.text())) {
                out.accept(Finding.on(doc, INFO).document()
                        .message(doc.bytes().length == 0 ? "empty file (0 bytes)" : "file holds only white space (" + doc.bytes().length + " bytes)")
                        .score(1.0).build());
            }
        }
    }

    /** {@code t.replace('\uFEFF', ' ').isBlank()} without copying the text. */
    static boolean blankOrBom(String t) {
        for (int i = 0; i < t.length();) {
            int cp = t.codePointAt(i);
            if (cp != 0xFEFF && !Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Metadata holder for findings raised by the job: never fires on its own. */
    public static final class JobRaised implements Rule {
        private final RuleInfo info;

        public JobRaised(RuleInfo info) {
            this.info = info;
        }

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public void check(Document doc, RuleContext ctx, FindingSink out) {
        }
    }
}
