package dev.corpusqa.report;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.DocumentResult;
import dev.corpusqa.store.DocumentRow;
import dev.corpusqa.store.QaStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run put straight into a store (no scan), so the writers are tested on exactly the findings we
 * choose: hostile paths, control characters, markup, many findings.
 */
final class SyntheticRun implements AutoCloseable {

    final Path corpus;
    final Path out;
    final Database db;
    final QaStore store;
    final QaOptions options = new QaOptions();
    private final Map<String, List<Finding>> files = new LinkedHashMap<>();
    private final Map<String, byte[]> contents = new LinkedHashMap<>();

    SyntheticRun(Path dir) throws IOException {
        this.corpus = Files.createDirectories(dir.resolve("corpus"));
        this.out = Files.createDirectories(dir.resolve("out"));
        options.corpusRoot(corpus).outputDirectory(out);
        this.db = Database.open("jdbc:h2:file:" + dir.resolve("db").resolve("qa").toAbsolutePath(), "sa", "");
        this.store = new QaStore(db.dataSource());
    }

    SyntheticRun file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    SyntheticRun file(String path, byte[] bytes) {
        contents.put(path, bytes);
        files.computeIfAbsent(path, k -> new ArrayList<>());
        return this;
    }

    SyntheticRun finding(String path, String rule, Severity sev, int line, int col, int endCol, String message, String evidence) {
        Category cat = Category.parse(rule.substring(0, rule.indexOf('.')));
        files.computeIfAbsent(path, k -> new ArrayList<>())
                .add(new Finding(path, rule, cat, sev, line, col, line, endCol, 0, 0, message, evidence, null, null));
        return this;
    }

    /** Write the files and store the run; returns its id. */
    long commit() throws IOException {
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            Path p = corpus.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        long run = store.createRun(corpus.toString(), "test", "fp", "error", 0, null);
        List<DocumentRow> rows = new ArrayList<>();
        List<DocumentResult> results = new ArrayList<>();
        int id = 0;
        for (Map.Entry<String, List<Finding>> e : files.entrySet()) {
            id++;
            rows.add(new DocumentRow(id, e.getKey(), 10, "00", 0, DocumentRow.PENDING, null));
            results.add(new DocumentResult(id, e.getKey(), "validated", e.getValue(), Map.of(), null, false));
        }
        store.insertDocuments(run, rows);
        store.writeResults(run, results);
        return run;
    }

    void complete(long run) {
        store.finishRun(run, "completed", "pass", files.size(), 0, 0, 0, 0);
    }

    ReportContext context(long run) {
        RuleRegistry.builtIn();
        return Reports.context(store, run, options, Reports.gate(options, RuleRegistry.builtIn().select(options)), "test", corpus);
    }

    Map<String, Path> writeAll(long run) throws IOException {
        return Reports.write(context(run), out, QaOptions.ALL_FORMATS);
    }

    @Override
    public void close() {
        db.close();
    }
}
