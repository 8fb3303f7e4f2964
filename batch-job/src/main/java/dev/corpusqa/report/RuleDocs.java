package dev.corpusqa.report;

import dev.corpusqa.core.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule documentation for reports: {@code docs/rules/<id>.md} is bundled into the jar under
 * {@code /dev/corpusqa/rule-docs/} by the build; when a page is missing the summary stands in.
 */
public final class RuleDocs {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private RuleDocs() {
    }

    /** The rule's Markdown page, or a short page made from its summary. */
    public static String markdown(RuleInfo r) {
        return CACHE.computeIfAbsent(r.id(), id -> {
            try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/corpusqa/rule-docs/" + id + ".md")) {
                if (in != null) {
                    return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                // fall back to the summary
            }
            return "# " + id + "\n\n" + r.summary() + "\n\nCategory: " + r.category().id() + ". Default severity: "
                    + r.defaultSeverity().id() + ".\n";
        });
    }

    /**
     * The rule's full description: the first paragraph under "What it finds" when the page has that
     * section, else its first paragraph that is neither a heading nor a table; Markdown emphasis removed.
     */
    public static String fullDescription(RuleInfo r) {
        String md = markdown(r);
        int at = md.indexOf("## What it finds");
        String para = firstParagraph(at >= 0 ? md.substring(at) : md);
        return para.isEmpty() ? r.summary() : para;
    }

    private static String firstParagraph(String md) {
        StringBuilder para = new StringBuilder();
        for (String line : md.split("\n")) {
            String t = line.trim();
            boolean skip = t.startsWith("#") || t.startsWith("|");
            if (skip || t.isEmpty()) {
                if (para.length() > 0) {
                    break;
                }
                continue;
            }
            if (para.length() > 0) {
                para.append(' ');
            }
            para.append(t.replace("**", "").replace("`", ""));
        }
        return para.toString();
    }

    /** Plain-text help: the page with Markdown markers left as they are (readable as text). */
    public static String text(RuleInfo r) {
        return markdown(r);
    }
}
