package dev.corpusqa.report;

import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small text helpers shared by the writers: escaping, paths, bounded source excerpts. */
final class Text {

    private Text() {
    }

    /** Severity first (errors first), then path, line, column, rule. */
    static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::path).thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId);

    /**
     * Replace what XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF;
     * unpaired surrogates) with U+FFFD, so the XML stays well-formed whatever the corpus holds.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    /** HTML text and attribute escaping; control characters become visible U+FFFD. */
    static String html(String s) {
        String t = xmlSafe(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** One-line Markdown table cell: HTML-escaped (GitHub renders inline HTML), pipes and markers neutralised. */
    static String md(String s, int max) {
        String t = xmlSafe(s).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        if (t.length() > max) {
            t = t.substring(0, Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max) + "…";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '|' -> b.append("&#124;");
                case '\\', '`', '*', '_', '[', ']', '#', '~', '!', '@' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String githubLevel(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    static String sarifLevel(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The corpus base relative to the enclosing Git work tree ("" when the base is the root or is not
     * in a work tree), with a trailing slash, so report paths are repository-relative.
     */
    static String repoPrefix(Path base) {
        if (base == null) {
            return "";
        }
        return PREFIXES.computeIfAbsent(base.toAbsolutePath().normalize(), Text::findRepoPrefix);
    }

    /** Writers ask once per finding: the file-system walk is done once per base. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, String> PREFIXES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String findRepoPrefix(Path base) {
        Path abs = base.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                String rel = p.relativize(abs).toString().replace('\\', '/');
                return rel.isEmpty() ? "" : rel + "/";
            }
        }
        return "";
    }

    /** The Git work tree holding the base, else the base itself. */
    static Path repoRoot(Path base) {
        Path abs = base.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return abs;
    }

    /**
     * Lines of a corpus file for excerpts, bounded: at most {@code maxBytes} are read and decoded
     * as UTF-8 with malformed bytes replaced (the report shows them as U+FFFD). Empty when the
     * file cannot be read (it may have moved since the run).
     */
    static List<String> lines(Path base, String path, int maxBytes) {
        List<String> out = new ArrayList<>();
        if (base == null) {
            return out;
        }
        Path file = base.resolve(path).normalize();
        if (!file.startsWith(base.toAbsolutePath().normalize()) && !file.startsWith(base.normalize())) {
            return out; // never read outside the corpus
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes);
        } catch (IOException | RuntimeException e) {
            return out;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(stripCr(text.substring(start, i)));
                start = i + 1;
            }
        }
        out.add(stripCr(text.substring(start)));
        return out;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s == null ? "" : s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }
}
