package dev.corpusqa.report;

import dev.corpusqa.core.Finding;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.store.Fingerprints;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code report.html}: one self-contained file for people. A summary by category, severity and rule
 * with small inline SVG bar charts, the delta against the previous run, a findings table that can be
 * sorted (click a heading) and filtered (text, severity, category, state) by a small inline script,
 * and per-file sections showing the offending lines in context, highlighted.
 *
 * <p>No network: no external resource is referenced and a Content-Security-Policy forbids any;
 * only our own script runs (it carries a per-report nonce). Every byte of corpus text (paths,
 * messages, evidence, excerpts) is HTML-escaped and never placed inside a script. Work is bounded:
 * at most {@link #MAX_TABLE_ROWS} table rows, {@link #MAX_FILES} file sections of at most
 * {@link #MAX_PER_FILE} findings, {@link #MAX_FILE_BYTES} read of each file; the report says when
 * it stops early.
 */
public final class HtmlReportWriter implements ReportWriter {

    public static final int MAX_TABLE_ROWS = 5000;
    public static final int MAX_FILES = 300;
    public static final int MAX_PER_FILE = 100;
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    static final int CONTEXT = 2;
    static final int MAX_LINE_CHARS = 400;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(ReportContext ctx, Path file) throws IOException {
        Gate.Decision d = ctx.decision();
        Map<String, int[]> byRule = new TreeMap<>();
        Map<Severity, Integer> bySev = new EnumMap<>(Severity.class);
        int[] totals = new int[4]; // all, counted, new (counted), files with findings
        String[] lastPath = {null};
        try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
            s.forEach(f -> {
                String fp = Fingerprints.of(f);
                totals[0]++;
                if (!f.path().equals(lastPath[0])) {
                    totals[3]++;
                    lastPath[0] = f.path();
                }
                if (ctx.gate().status(f, fp) == Gate.Status.COUNTED) {
                    totals[1]++;
                    bySev.merge(f.severity(), 1, Integer::sum);
                    byRule.computeIfAbsent(f.ruleId(), k -> new int[3])[f.severity().ordinal()]++;
                    if (ctx.delta().state(fp) == RunDelta.State.NEW) {
                        totals[2]++;
                    }
                }
            });
        }
        String nonce = HexFormat.of().formatHex(randomBytes());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
            w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-"
                    + nonce + "'\">\n");
            w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            w.write("<title>Corpus QA report, run " + ctx.runId() + "</title>\n<style>" + CSS + "</style></head>\n<body>\n");
            String outcome = d.outcome().name().toLowerCase(Locale.ROOT);
            w.write("<header><h1>Corpus QA report <span class=\"badge " + outcome + "\" id=\"decision\">" + outcome + "</span></h1>\n");
            w.write("<p class=\"reason\">" + Text.html(d.reason()) + "</p>\n");
            w.write("<p class=\"meta\">Run " + ctx.runId() + " · corpus-qa " + Text.html(ctx.toolVersion()) + " · "
                    + ctx.store().documentCount(ctx.runId()) + " documents · " + totals[3] + " files with findings · " + totals[1]
                    + " counted findings · " + d.baselined() + " baselined · " + d.belowThreshold() + " below minScore · corpus "
                    + Text.html(ctx.corpusRoot().toString()) + "</p></header>\n");

            // summary and charts
            w.write("<section id=\"summary\"><h2>Summary</h2><div class=\"charts\">\n");
            w.write("<figure><figcaption>By severity</figcaption>" + bars(List.of(
                    new Bar("error", bySev.getOrDefault(Severity.ERROR, 0), "error"),
                    new Bar("warning", bySev.getOrDefault(Severity.WARNING, 0), "warning"),
                    new Bar("info", bySev.getOrDefault(Severity.INFO, 0), "info"))) + "</figure>\n");
            List<Bar> cats = new ArrayList<>();
            d.byCategory().forEach((c, m) -> cats.add(new Bar(c, m.values().stream().mapToInt(Integer::intValue).sum(), "cat")));
            w.write("<figure><figcaption>By category</figcaption>" + bars(cats) + "</figure>\n");
            List<Bar> rules = new ArrayList<>();
            byRule.forEach((r, c) -> rules.add(new Bar(r, c[0] + c[1] + c[2], c[2] > 0 ? "error" : c[1] > 0 ? "warning" : "info")));
            rules.sort((a, b) -> Integer.compare(b.value(), a.value()));
            w.write("<figure class=\"wide\"><figcaption>By rule</figcaption>" + bars(rules.subList(0, Math.min(20, rules.size())))
                    + "</figure>\n</div>\n");
            w.write("<table class=\"counts\"><thead><tr><th>Category</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>\n");
            for (Map.Entry<String, Map<Severity, Integer>> e : d.byCategory().entrySet()) {
                w.write("<tr><td>" + Text.html(e.getKey()) + "</td><td>" + e.getValue().get(Severity.ERROR) + "</td><td>"
                        + e.getValue().get(Severity.WARNING) + "</td><td>" + e.getValue().get(Severity.INFO) + "</td></tr>\n");
            }
            w.write("</tbody></table>\n");
            w.write("<table class=\"counts\"><thead><tr><th>Rule</th><th>Summary</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>\n");
            for (Map.Entry<String, int[]> e : byRule.entrySet()) {
                RuleInfo info = ctx.registry().all().containsKey(e.getKey()) ? ctx.registry().get(e.getKey()).info() : null;
                int[] c = e.getValue();
                w.write("<tr><td><code>" + Text.html(e.getKey()) + "</code></td><td>" + Text.html(info == null ? "" : info.summary()) + "</td><td>"
                        + c[2] + "</td><td>" + c[1] + "</td><td>" + c[0] + "</td></tr>\n");
            }
            w.write("</tbody></table></section>\n");

            // delta
            RunDelta delta = ctx.delta();
            w.write("<section id=\"delta\"><h2>Since the previous run</h2>\n");
            if (delta.hasPrevious()) {
                w.write("<p>Against run " + delta.previous().runId() + ": <strong class=\"new\">" + delta.newCount() + " new</strong>, <strong class=\"fixed\">"
                        + delta.fixedCount() + " fixed</strong>, " + delta.openCount() + " still open.</p>\n");
                if (!delta.fixed().isEmpty()) {
                    w.write("<details><summary>Fixed findings" + (delta.fixedCount() > delta.fixed().size() ? " (first " + delta.fixed().size() + ")" : "")
                            + "</summary><ul class=\"fixed\">\n");
                    for (Finding f : delta.fixed()) {
                        w.write("<li>" + Text.html(f.path()) + ":" + f.line() + " <code>" + Text.html(f.ruleId()) + "</code> " + Text.html(f.message())
                                + "</li>\n");
                    }
                    w.write("</ul></details>\n");
                }
            } else {
                w.write("<p>First run over this corpus: nothing to compare with.</p>\n");
            }
            w.write("</section>\n");

            // findings table
            w.write("<section id=\"table\"><h2>Findings</h2>\n<div class=\"filters\">");
            w.write("<input id=\"q\" type=\"search\" placeholder=\"Filter: file, rule, message\" aria-label=\"filter\"> ");
            w.write(select("fsev", "severity", List.of("error", "warning", "info")));
            w.write(select("fcat", "category", List.of("encoding", "boilerplate", "translation", "date")));
            w.write(select("fstate", "state", List.of("new", "open", "baselined", "below-threshold", "counted")));
            w.write(" <span id=\"shown\"></span></div>\n");
            w.write("<table id=\"findings\" class=\"findings\"><thead><tr><th data-k=\"sev\">Severity</th><th data-k=\"state\">State</th>"
                    + "<th data-k=\"cat\">Category</th><th data-k=\"rule\">Rule</th><th data-k=\"file\">File</th><th data-k=\"line\" data-num=\"1\">Line</th>"
                    + "<th data-k=\"msg\">Message</th></tr></thead><tbody>\n");
            int[] rows = {0};
            int[] fileNo = {0};
            String[] cur = {null};
            try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
                s.forEach(f -> {
                    if (!f.path().equals(cur[0])) {
                        cur[0] = f.path();
                        fileNo[0]++;
                    }
                    if (rows[0] >= MAX_TABLE_ROWS) {
                        return;
                    }
                    rows[0]++;
                    try {
                        row(w, ctx, f, fileNo[0]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.write("</tbody></table>\n");
            if (totals[0] > rows[0]) {
                w.write("<p class=\"note\">The table shows the first " + rows[0] + " of " + totals[0]
                        + " findings (by file); report.json has them all.</p>\n");
            }
            w.write("</section>\n");

            // per-file sections
            w.write("<section id=\"files\"><h2>Files</h2>\n");
            fileSections(w, ctx);
            w.write("</section>\n");
            w.write("<script nonce=\"" + nonce + "\">" + JS + "</script>\n</body></html>\n");
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static void row(BufferedWriter w, ReportContext ctx, Finding f, int fileNo) throws IOException {
        String fp = Fingerprints.of(f);
        Gate.Status st = ctx.gate().status(f, fp);
        String state = switch (st) {
            case BASELINED -> "baselined";
            case BELOW_THRESHOLD -> "below-threshold";
            case COUNTED -> {
                RunDelta.State ds = ctx.delta().state(fp);
                yield ds == null ? "counted" : ds == RunDelta.State.NEW ? "new" : "open";
            }
        };
        w.write("<tr class=\"" + f.severity().id() + "\" data-sev=\"" + f.severity().ordinal() + "\" data-state=\"" + state + "\" data-cat=\""
                + f.category().id() + "\"><td>" + f.severity().id() + "</td><td><span class=\"st " + state + "\">" + state + "</span></td><td>"
                + f.category().id() + "</td><td><code>" + Text.html(f.ruleId()) + "</code></td><td><a href=\"#f" + fileNo + "\">"
                + Text.html(ctx.repoPath(f.path())) + "</a></td><td>" + f.line() + "</td><td>" + Text.html(Text.clip(f.message(), 500))
                + "</td></tr>\n");
    }

    private static void fileSections(BufferedWriter w, ReportContext ctx) throws IOException {
        List<Finding> group = new ArrayList<>();
        int[] fileNo = {0};
        int[] shown = {0};
        int[] skippedFiles = {0};
        try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
            s.forEach(f -> {
                try {
                    if (!group.isEmpty() && !group.get(0).path().equals(f.path())) {
                        fileNo[0]++;
                        flush(w, ctx, group, fileNo[0], shown, skippedFiles);
                        group.clear();
                    }
                    if (group.size() <= MAX_PER_FILE) {
                        group.add(f); // one over the cap marks the section as cut
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!group.isEmpty()) {
                fileNo[0]++;
                flush(w, ctx, group, fileNo[0], shown, skippedFiles);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (skippedFiles[0] > 0) {
            w.write("<p class=\"note\">" + skippedFiles[0] + " more file(s) with findings are not shown here (limit " + MAX_FILES + ").</p>\n");
        }
    }

    private static void flush(BufferedWriter w, ReportContext ctx, List<Finding> group, int fileNo, int[] shown, int[] skipped) throws IOException {
        if (shown[0] >= MAX_FILES) {
            skipped[0]++;
            return;
        }
        shown[0]++;
        String path = group.get(0).path();
        w.write("<article class=\"file\" id=\"f" + fileNo + "\"><h3>" + Text.html(ctx.repoPath(path)) + " <small>" + Math.min(group.size(), MAX_PER_FILE)
                + (group.size() > MAX_PER_FILE ? "+" : "") + " finding(s)</small></h3>\n");
        List<String> lines = Text.lines(ctx.corpusRoot(), path, MAX_FILE_BYTES);
        int n = 0;
        for (Finding f : group) {
            if (n++ == MAX_PER_FILE) {
                w.write("<p class=\"note\">More findings in this file are listed in report.json.</p>\n");
                break;
            }
            w.write("<div class=\"finding " + f.severity().id() + "\"><p><span class=\"sev\">" + f.severity().id() + "</span> <code>"
                    + Text.html(f.ruleId()) + "</code> line " + f.line() + ": " + Text.html(f.message()) + "</p>\n");
            if (f.suggestion() != null) {
                w.write("<p class=\"suggestion\">Suggestion: " + Text.html(f.suggestion()) + "</p>\n");
            }
            excerpt(w, lines, f);
            w.write("</div>\n");
        }
        w.write("</article>\n");
    }

    private static void excerpt(BufferedWriter w, List<String> lines, Finding f) throws IOException {
        if (lines.isEmpty() || f.line() > lines.size()) {
            if (!f.evidence().isEmpty()) {
                w.write("<pre class=\"src\"><mark>" + Text.html(f.evidence()) + "</mark></pre>\n");
            }
            return;
        }
        int endLine = Math.min(Math.max(f.line(), f.endLine()), f.line() + 8);
        int from = Math.max(1, f.line() - CONTEXT);
        int to = Math.min(lines.size(), endLine + CONTEXT);
        w.write("<pre class=\"src\">");
        for (int ln = from; ln <= to; ln++) {
            String text = lines.get(ln - 1);
            boolean hit = ln >= f.line() && ln <= endLine;
            w.write("<span class=\"ln\">" + ln + "</span>");
            if (hit && f.line() == f.endLine() && f.endColumn() > f.column() && f.column() - 1 < text.length()) {
                int a = f.column() - 1;
                int b = Math.min(text.length(), f.endColumn() - 1);
                w.write("<span class=\"hit\">" + Text.html(Text.clip(text.substring(0, a), MAX_LINE_CHARS)) + "<mark>"
                        + Text.html(Text.clip(text.substring(a, b), MAX_LINE_CHARS)) + "</mark>" + Text.html(Text.clip(text.substring(b), MAX_LINE_CHARS))
                        + "</span>\n");
            } else {
                String clipped = Text.html(Text.clip(text, MAX_LINE_CHARS));
                w.write(hit ? "<span class=\"hit\">" + clipped + "</span>\n" : clipped + "\n");
            }
        }
        w.write("</pre>\n");
    }

    private static String select(String id, String label, List<String> values) {
        StringBuilder b = new StringBuilder("<select id=\"" + id + "\" aria-label=\"" + label + "\"><option value=\"\">any " + label + "</option>");
        for (String v : values) {
            b.append("<option>").append(v).append("</option>");
        }
        return b.append("</select> ").toString();
    }

    record Bar(String label, int value, String cls) {
    }

    /** A small horizontal bar chart as inline SVG. */
    static String bars(List<Bar> bars) {
        if (bars.isEmpty()) {
            return "<p class=\"none\">none</p>";
        }
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int rowH = 20;
        int labelW = 230;
        int barW = 220;
        StringBuilder b = new StringBuilder("<svg role=\"img\" width=\"" + (labelW + barW + 60) + "\" height=\""
                + (bars.size() * rowH + 4) + "\">");
        int y = 2;
        for (Bar bar : bars) {
            int wd = (int) Math.round((double) bar.value() / max * barW);
            b.append("<text x=\"0\" y=\"").append(y + 14).append("\" class=\"lbl\">").append(Text.html(Text.clip(bar.label(), 34))).append("</text>");
            b.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(wd, bar.value() > 0 ? 2 : 0))
                    .append("\" height=\"14\" class=\"").append(bar.cls()).append("\"></rect>");
            b.append("<text x=\"").append(labelW + wd + 6).append("\" y=\"").append(y + 14).append("\" class=\"val\">").append(bar.value())
                    .append("</text>");
            y += rowH;
        }
        return b.append("</svg>").toString();
    }

    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 2rem 3rem;color:#1d232a;background:#fff}
            h1{font-size:1.6rem;margin:1.2rem 0 .3rem}h2{border-bottom:1px solid #d8dee4;padding-bottom:.2rem;margin-top:2rem}
            .badge{font-size:.9rem;padding:.15rem .6rem;border-radius:1rem;color:#fff;vertical-align:middle;text-transform:uppercase}
            .badge.pass{background:#1a7f37}.badge.warn{background:#9a6700}.badge.fail{background:#cf222e}
            .meta,.note,.none{color:#57606a}.reason{font-weight:600}
            .charts{display:flex;flex-wrap:wrap;gap:1.5rem}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
            svg .lbl,svg .val{font-size:12px;fill:#1d232a}rect.error{fill:#cf222e}rect.warning{fill:#bf8700}rect.info{fill:#0969da}rect.cat{fill:#6639ba}
            table{border-collapse:collapse;margin:.8rem 0}th,td{border:1px solid #d8dee4;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}table.findings th{cursor:pointer;user-select:none}table.findings th.asc::after{content:" \\25B2"}
            table.findings th.desc::after{content:" \\25BC"}td{word-break:break-word}
            tr.error td:first-child{color:#cf222e;font-weight:600}tr.warning td:first-child{color:#9a6700;font-weight:600}
            .st{border-radius:.6rem;padding:0 .4rem;font-size:.85em;background:#eaeef2;white-space:nowrap}.st.new{background:#ffebe9}.st.baselined{background:#ddf4ff}
            .filters{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}.filters input{min-width:18rem;padding:.2rem .4rem}
            article.file{border:1px solid #d8dee4;border-radius:6px;padding:.2rem 1rem;margin:1rem 0}
            .finding{margin:.6rem 0}.finding .sev{font-weight:600}.finding.error .sev{color:#cf222e}.finding.warning .sev{color:#9a6700}
            pre.src{background:#f6f8fa;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-word;margin:.3rem 0}
            pre.src .ln{display:inline-block;min-width:3.5em;color:#8c959f;user-select:none}pre.src .hit{background:#fff8c5}
            mark{background:#ffd8b5;outline:1px solid #bc4c00}.new{color:#cf222e}.fixed{color:#1a7f37}.suggestion{color:#1a7f37}
            """;

    static final String JS = """
            (function(){
            var t=document.getElementById('findings');if(!t)return;var tb=t.tBodies[0];
            var rows=Array.prototype.slice.call(tb.rows);
            var q=document.getElementById('q'),fs=document.getElementById('fsev'),fc=document.getElementById('fcat'),
                ft=document.getElementById('fstate'),shown=document.getElementById('shown');
            var sevName=['info','warning','error'];
            function apply(){var s=q.value.toLowerCase(),n=0;rows.forEach(function(r){
              var ok=(!s||r.textContent.toLowerCase().indexOf(s)>=0)&&(!fs.value||sevName[+r.getAttribute('data-sev')]===fs.value)
                &&(!fc.value||r.getAttribute('data-cat')===fc.value)&&(!ft.value||r.getAttribute('data-state')===ft.value);
              r.style.display=ok?'':'none';if(ok)n++;});shown.textContent=n+' of '+rows.length+' shown';}
            [q,fs,fc,ft].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
            Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){
              var asc=!th.classList.contains('asc');Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h){h.classList.remove('asc','desc');});
              th.classList.add(asc?'asc':'desc');var num=th.hasAttribute('data-num')||i===0;
              rows.sort(function(a,b){var x,y;if(i===0){x=+a.getAttribute('data-sev');y=+b.getAttribute('data-sev');}
                else{x=a.cells[i].textContent;y=b.cells[i].textContent;if(num){x=+x;y=+y;}}
                var c=num?x-y:String(x).localeCompare(String(y));return asc?c:-c;});
              rows.forEach(function(r){tb.appendChild(r);});});});
            t.setAttribute('data-ready','1');apply();
            })();
            """;
}
