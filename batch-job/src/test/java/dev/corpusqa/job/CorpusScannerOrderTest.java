package dev.corpusqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.store.DocumentRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner numbers documents in the order of their paths, so that reports can read them by id
 * instead of sorting; names where a per-directory name sort and a path sort disagree are the test.
 */
class CorpusScannerOrderTest {

    @TempDir
    Path tmp;

    private static void touch(Path root, String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "text\n");
    }

    @Test
    void idsFollowPathOrderWhereANameSortWouldNot() throws IOException {
        Path root = tmp.resolve("corpus");
        // '-' (0x2D) and '.' (0x2E) sort before '/' (0x2F): "a-b.txt" < "a/x.txt" < "a0.txt" as paths
        for (String rel : List.of("a/x.txt", "a-b.txt", "a.txt", "a0.txt", "a/b/c.txt", "a/b-c.txt", "a/b.txt", "B.txt", "\u00e9t\u00e9.txt",
                "z/a.txt", "z.txt", "z-z/q.txt")) {
            touch(root, rel);
        }
        CorpusScanner s = new CorpusScanner(root, List.of("**/*.txt"), List.of());
        List<DocumentRow> rows = s.scan(List.of(root), new RunListener() { });
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).docId()).isEqualTo(i + 1);
            paths.add(rows.get(i).path());
        }
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        assertThat(paths).hasSize(12).isEqualTo(sorted);
        assertThat(s.pathOrdered()).isTrue();
    }

    @Test
    void reportOrderFromIdRangesEqualsASortByPath() throws IOException {
        Path root = tmp.resolve("articles");
        String[] names = {"a/x.txt", "a-b.txt", "a.txt", "a0.txt", "a/b/c.txt", "a/b-c.txt", "B.txt", "z.txt", "z/a.txt"};
        for (int i = 0; i < 60; i++) {
            String a = Corpora.ARTICLES[i % Corpora.ARTICLES.length];
            String rel = names[i % names.length].replace(".txt", "-" + (i / names.length) + ".txt");
            Corpora.write(root, rel, i % 3 == 0 ? a.replaceAll("Published: [0-9-]+\n", "") + "\nSubscribe to our newsletter for more.\n" : a);
        }
        dev.corpusqa.config.QaOptions o = new dev.corpusqa.config.QaOptions().corpusRoot(root).outputDirectory(tmp.resolve("out")).threads(2)
                .chunkSize(7).quiet(true);
        dev.corpusqa.api.RunOutcome r = dev.corpusqa.api.CorpusQa.check(o, RunListener.NONE);
        try (dev.corpusqa.store.Database db = dev.corpusqa.store.Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            dev.corpusqa.store.QaStore store = new dev.corpusqa.store.QaStore(db.dataSource());
            assertThat(store.pathOrdered(r.runId())).isTrue();
            List<String> byRanges = store.findings(r.runId()).stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + ":" + f.ruleId())
                    .toList();
            List<String> bySort = store.jdbc().query("SELECT path, line_no, col_no, rule_id FROM qa_finding WHERE run_id = ?"
                    + " ORDER BY path, line_no, col_no, rule_id, finding_id", (rs, i) -> rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3)
                    + ":" + rs.getString(4), r.runId());
            assertThat(byRanges).hasSizeGreaterThan(20).isEqualTo(bySort);
            List<String> docs = new ArrayList<>();
            store.forEachDocumentView(r.runId(), d -> docs.add(d.path()));
            assertThat(docs).isEqualTo(store.jdbc().queryForList("SELECT path FROM qa_document WHERE run_id = ? ORDER BY path", String.class,
                    r.runId()));
        }
    }

    @Test
    void severalRootsKeepThePathOrder() throws IOException {
        Path base = tmp.resolve("base");
        touch(base, "x/one.txt");
        touch(base, "x-y/two.txt");
        touch(base, "x/sub/three.txt");
        CorpusScanner s = new CorpusScanner(base, List.of("**/*.txt"), List.of());
        List<String> paths = s.scan(List.of(base.resolve("x"), base.resolve("x-y")), new RunListener() { }).stream().map(DocumentRow::path).toList();
        assertThat(paths).containsExactly("x-y/two.txt", "x/one.txt", "x/sub/three.txt");
        assertThat(s.pathOrdered()).isTrue();
    }
}
