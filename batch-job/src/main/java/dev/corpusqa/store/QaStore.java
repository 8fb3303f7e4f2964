package dev.corpusqa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Our own tables: runs, documents and findings, keyed by run. Writes are batched; every method that
 * writes the results of a document first deletes what an interrupted attempt may have left, so a
 * restarted step never duplicates findings.
 */
public final class QaStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final java.util.concurrent.ConcurrentHashMap<Long, Long> resultsRun = new java.util.concurrent.ConcurrentHashMap<>();

    public QaStore(DataSource ds) {
        this.jdbc = new JdbcTemplate(ds);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    // ---------------------------------------------------------------- runs

    /** Allocate the next run id and record the run as started. */
    public long createRun(String corpusRoot, String toolVersion, String fingerprint, String failOn, int maxAllowed, String optionsJson) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Long max = jdbc.queryForObject("SELECT MAX(run_id) FROM qa_run", Long.class);
            long id = (max == null ? 0 : max) + 1;
            try {
                jdbc.update("INSERT INTO qa_run (run_id, started_at, corpus_root, tool_version, config_fingerprint, fail_on, max_allowed, status, options_json)"
                        + " VALUES (?,?,?,?,?,?,?,?,?)", id, Timestamp.from(Instant.now()), corpusRoot, toolVersion, fingerprint, failOn,
                        maxAllowed, "started", optionsJson);
                return id;
            } catch (DuplicateKeyException e) {
                // another run took this id at the same moment: try the next
            }
        }
        throw new IllegalStateException("could not allocate a run id");
    }

    public void attachJobExecution(long runId, long jobExecutionId) {
        jdbc.update("UPDATE qa_run SET job_execution_id = ? WHERE run_id = ?", jobExecutionId, runId);
    }

    public void finishRun(long runId, String status, String decision, int documents, int findings, int errors, int warnings, int infos) {
        jdbc.update("UPDATE qa_run SET finished_at = ?, status = ?, decision = ?, documents = ?, findings = ?, errors = ?, warnings = ?, infos = ?"
                + " WHERE run_id = ?", Timestamp.from(Instant.now()), status, decision, documents, findings, errors, warnings, infos, runId);
    }

    public void markRun(long runId, String status) {
        jdbc.update("UPDATE qa_run SET status = ? WHERE run_id = ?", status, runId);
    }

    private static final RowMapper<RunRecord> RUN = (rs, i) -> new RunRecord(rs.getLong("run_id"), instant(rs, "started_at"),
            instant(rs, "finished_at"), rs.getString("corpus_root"), rs.getString("tool_version"), rs.getString("config_fingerprint"),
            rs.getString("fail_on"), rs.getInt("max_allowed"), rs.getString("status"), rs.getString("decision"),
            (Integer) rs.getObject("documents", Integer.class), (Integer) rs.getObject("findings", Integer.class),
            (Integer) rs.getObject("errors", Integer.class), (Integer) rs.getObject("warnings", Integer.class),
            (Integer) rs.getObject("infos", Integer.class), (Long) rs.getObject("job_execution_id", Long.class));

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    public RunRecord run(long runId) {
        List<RunRecord> l = jdbc.query("SELECT * FROM qa_run WHERE run_id = ?", RUN, runId);
        return l.isEmpty() ? null : l.get(0);
    }

    public List<RunRecord> runs(int limit) {
        return jdbc.query("SELECT * FROM qa_run ORDER BY run_id DESC", RUN).stream().limit(limit).toList();
    }

    /** The latest completed run before {@code runId} over the same corpus root, or null. */
    public RunRecord previousRun(long runId, String corpusRoot) {
        List<RunRecord> l = jdbc.query("SELECT * FROM qa_run WHERE run_id < ? AND corpus_root = ? AND status = 'completed' ORDER BY run_id DESC",
                RUN, runId, corpusRoot);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The latest run over this corpus root that did not complete, or null. */
    public RunRecord lastUnfinishedRun(String corpusRoot) {
        List<RunRecord> l = jdbc.query("SELECT * FROM qa_run WHERE corpus_root = ? ORDER BY run_id DESC", RUN, corpusRoot);
        return l.isEmpty() || "completed".equals(l.get(0).status()) ? null : l.get(0);
    }

    // ---------------------------------------------------------------- documents

    public void deleteDocuments(long runId) {
        jdbc.update("DELETE FROM qa_finding WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM qa_document WHERE run_id = ?", runId);
    }

    public void insertDocuments(long runId, List<DocumentRow> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<DocumentRow> part = rows.subList(i, Math.min(rows.size(), i + BATCH));
            jdbc.batchUpdate("INSERT INTO qa_document (run_id, doc_id, path, size_bytes, sha256, mtime_millis, status, problem) VALUES (?,?,?,?,?,?,?,?)",
                    part, part.size(), (PreparedStatement ps, DocumentRow r) -> {
                        ps.setLong(1, runId);
                        ps.setInt(2, r.docId());
                        ps.setString(3, r.path());
                        ps.setLong(4, r.sizeBytes());
                        ps.setString(5, r.sha256());
                        ps.setLong(6, r.mtimeMillis());
                        ps.setString(7, r.status());
                        ps.setString(8, clip(r.problem(), 4000));
                    });
        }
    }

    private static final RowMapper<DocumentRow> DOC = (rs, i) -> new DocumentRow(rs.getInt("doc_id"), rs.getString("path"),
            rs.getLong("size_bytes"), rs.getString("sha256"), rs.getLong("mtime_millis"), rs.getString("status"), rs.getString("problem"));

    /** Up to {@code limit} documents with {@code afterId < doc_id <= maxId}, by id. */
    public List<DocumentRow> documents(long runId, int afterId, int maxId, int limit) {
        return jdbc.query("SELECT * FROM qa_document WHERE run_id = ? AND doc_id > ? AND doc_id <= ? ORDER BY doc_id FETCH FIRST " + limit + " ROWS ONLY",
                DOC, rows(runId), afterId, maxId);
    }

    public List<DocumentRow> allDocuments(long runId) {
        return jdbc.query("SELECT * FROM qa_document WHERE run_id = ? ORDER BY doc_id", DOC, rows(runId));
    }

    public int documentCount(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM qa_document WHERE run_id = ?", Integer.class, rows(runId));
        return n == null ? 0 : n;
    }

    public int maxDocId(long runId) {
        Integer n = jdbc.queryForObject("SELECT MAX(doc_id) FROM qa_document WHERE run_id = ?", Integer.class, rows(runId));
        return n == null ? 0 : n;
    }

    /** Report view of a document. */
    public record DocumentView(int docId, String path, long sizeBytes, String sha256, String status, String publicationDate,
            String dateSource, Map<String, String> facts, String problem, boolean reused) {
    }

    public void forEachDocumentView(long runId, Consumer<DocumentView> each) {
        long rows = rows(runId);
        boolean shared = rows != runId;
        jdbc.query("SELECT * FROM qa_document WHERE run_id = ? ORDER BY " + (pathOrdered(runId) ? "doc_id" : "path"), rs -> {
            each.accept(new DocumentView(rs.getInt("doc_id"), rs.getString("path"), rs.getLong("size_bytes"), rs.getString("sha256"),
                    rs.getString("status"), rs.getString("publication_date"), rs.getString("date_source"), facts(rs.getString("facts_json")),
                    rs.getString("problem"), shared || rs.getBoolean("reused")));
        }, rows);
    }

    /** A document's stored facts ({@code facts_json}) as a map; empty when absent or unreadable. */
    public static Map<String, String> parseFacts(String json) {
        return facts(json);
    }

    /** One reader for every document's facts (a TypeReference per call re-resolved the type each time). */
    private static final com.fasterxml.jackson.databind.ObjectReader FACTS = JSON.readerFor(new TypeReference<Map<String, String>>() { });

    private static Map<String, String> facts(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return FACTS.readValue(json);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    // ---------------------------------------------------------------- findings

    /**
     * Store the results of a batch of documents: delete whatever an earlier attempt left for them,
     * insert their findings, update their status and facts. Call inside the chunk's transaction.
     */
    public void writeResults(long runId, List<DocumentResult> results) {
        writeResults(runId, results, Map.of());
    }

    /**
     * As {@link #writeResults(long, List)}, also storing the content hashes computed while validating
     * ({@code sha256ByDocId}) in the same UPDATE: one statement per document, not two.
     */
    public void writeResults(long runId, List<DocumentResult> results, Map<Integer, String> sha256ByDocId) {
        if (results.isEmpty()) {
            return;
        }
        // one statement per chunk, not one per document: a retried chunk leaves no duplicates
        Object[] ids = new Object[results.size() + 1];
        ids[0] = runId;
        for (int i = 0; i < results.size(); i++) {
            ids[i + 1] = results.get(i).docId();
        }
        // the range lets the (run_id, doc_id) index narrow the scan; an IN list alone does not in H2
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (DocumentResult r : results) {
            lo = Math.min(lo, r.docId());
            hi = Math.max(hi, r.docId());
        }
        jdbc.update("DELETE FROM qa_finding WHERE run_id = ? AND corpus_level = FALSE AND doc_id >= " + lo + " AND doc_id <= " + hi
                + " AND doc_id IN (" + String.join(",", java.util.Collections.nCopies(results.size(), "?")) + ")", ids);
        List<Object[]> findingRows = new ArrayList<>();
        for (DocumentResult r : results) {
            for (Finding f : r.findings()) {
                findingRows.add(new Object[] {r.docId(), f});
            }
        }
        insertFindings(runId, findingRows, false);
        jdbc.batchUpdate("UPDATE qa_document SET status = ?, publication_date = ?, date_source = ?, facts_json = ?, problem = ?, reused = ?,"
                + " sha256 = COALESCE(?, sha256) WHERE run_id = ? AND doc_id = ?", results, BATCH, (ps, r) -> {
                    ps.setString(1, r.status());
                    ps.setString(2, r.facts().get("publicationDate"));
                    ps.setString(3, clip(r.facts().get("dateSource"), 256));
                    ps.setString(4, r.facts().isEmpty() ? null : toJson(r.facts()));
                    ps.setString(5, clip(r.problem(), 4000));
                    ps.setBoolean(6, r.reused());
                    ps.setString(7, sha256ByDocId.get(r.docId()));
                    ps.setLong(8, runId);
                    ps.setInt(9, r.docId());
                });
    }

    /** Replace the corpus-level findings of a run (idempotent: safe on restart). */
    public void replaceCorpusFindings(long runId, List<Object[]> docIdAndFinding) {
        jdbc.update("DELETE FROM qa_finding WHERE run_id = ? AND corpus_level = TRUE", runId);
        insertFindings(runId, docIdAndFinding, true);
    }

    private void insertFindings(long runId, List<Object[]> rows, boolean corpusLevel) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<Object[]> part = rows.subList(i, Math.min(rows.size(), i + BATCH));
            jdbc.batchUpdate("INSERT INTO qa_finding (run_id, doc_id, path, rule_id, category, severity, line_no, col_no, end_line, end_col,"
                    + " start_offset, end_offset, message, evidence, score, suggestion, fingerprint, corpus_level) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    part, part.size(), (ps, row) -> {
                        Finding f = (Finding) row[1];
                        ps.setLong(1, runId);
                        ps.setInt(2, (Integer) row[0]);
                        ps.setString(3, f.path());
                        ps.setString(4, f.ruleId());
                        ps.setString(5, f.category().id());
                        ps.setString(6, f.severity().id());
                        ps.setInt(7, f.line());
                        ps.setInt(8, f.column());
                        ps.setInt(9, f.endLine());
                        ps.setInt(10, f.endColumn());
                        ps.setInt(11, f.startOffset());
                        ps.setInt(12, f.endOffset());
                        ps.setString(13, clip(f.message(), 4000));
                        ps.setString(14, clip(f.evidence(), 4000));
                        if (f.score() == null) {
                            ps.setNull(15, java.sql.Types.DOUBLE);
                        } else {
                            ps.setDouble(15, f.score());
                        }
                        ps.setString(16, clip(f.suggestion(), 4000));
                        ps.setString(17, Fingerprints.of(f));
                        ps.setBoolean(18, corpusLevel);
                    });
        }
    }

    private static final RowMapper<Finding> FINDING = (rs, i) -> Fingerprints.remember(new Finding(rs.getString("path"), rs.getString("rule_id"),
            Category.parse(rs.getString("category")), Severity.parse(rs.getString("severity")), rs.getInt("line_no"), rs.getInt("col_no"),
            rs.getInt("end_line"), rs.getInt("end_col"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("message"),
            rs.getString("evidence"), (Double) rs.getObject("score", Double.class), rs.getString("suggestion")), rs.getString("fingerprint"));

    /** Every finding of a run, in path / line / column order, streamed. */
    public void forEachFinding(long runId, Consumer<Finding> each) {
        try (java.util.stream.Stream<Finding> s = findingStream(runId, null)) {
            s.forEach(each);
        }
    }

    public List<Finding> findings(long runId) {
        List<Finding> l = new ArrayList<>();
        forEachFinding(runId, l::add);
        return l;
    }

    public int findingCount(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM qa_finding WHERE run_id = ?", Integer.class, rows(runId));
        return n == null ? 0 : n;
    }

    // ---------------------------------------------------------------- history (issue 8)

    /**
     * The distinct fingerprints of a run's findings as sorted 64-bit keys (their first 16 hex digits):
     * 8 bytes per fingerprint instead of a set of strings, so comparing two runs of millions of
     * findings stays within the heap. Look keys up with {@link #fingerprintKey} and binary search.
     */
    public long[] fingerprintKeys(long runId) {
        long[][] buf = {new long[1024]};
        int[] n = {0};
        jdbc.query("SELECT DISTINCT fingerprint FROM qa_finding WHERE run_id = ?", rs -> {
            if (n[0] == buf[0].length) {
                buf[0] = java.util.Arrays.copyOf(buf[0], n[0] * 2);
            }
            buf[0][n[0]++] = fingerprintKey(rs.getString(1));
        }, rows(runId));
        long[] keys = java.util.Arrays.copyOf(buf[0], n[0]);
        java.util.Arrays.sort(keys);
        return keys;
    }

    /** The 64-bit key of a fingerprint (see {@link #fingerprintKeys}). */
    /** Each stored fingerprint of a run's findings (one per finding, duplicates included), in storage order. */
    public void forEachFingerprint(long runId, Consumer<String> each) {
        jdbc.query("SELECT fingerprint FROM qa_finding WHERE run_id = ?", rs -> {
            each.accept(rs.getString(1));
        }, rows(runId));
    }

    public static long fingerprintKey(String fingerprint) {
        return Long.parseUnsignedLong(fingerprint.substring(0, 16), 16);
    }

    /** A run's findings in path order as a stream (close it); {@code category} null for all. */
    public java.util.stream.Stream<Finding> findingStream(long runId, String category) {
        String where = category == null ? "" : " AND category = ?";
        if (pathOrdered(runId)) {
            return new FindingRanges(rows(runId), maxDocId(runId), where, category, true).stream();
        }
        Object[] args = category == null ? new Object[] {rows(runId)} : new Object[] {rows(runId), category};
        return jdbc.queryForStream("SELECT * FROM qa_finding WHERE run_id = ?" + where + " ORDER BY path, line_no, col_no, rule_id, finding_id",
                FINDING, args);
    }

    /** Paths of a run's documents, sorted, as a stream (close it). */
    public java.util.stream.Stream<String> documentPaths(long runId) {
        return jdbc.queryForStream("SELECT path FROM qa_document WHERE run_id = ? ORDER BY " + (pathOrdered(runId) ? "doc_id" : "path"),
                (rs, i) -> rs.getString(1), rows(runId));
    }

    /** Store a run's gate decision with the key of the gate that made it (see {@link #storedDecision}). */
    public void recordDecision(long runId, String gateKey, dev.corpusqa.gate.Gate.Decision d) {
        jdbc.update("UPDATE qa_run SET gate_key = ?, decision_json = ? WHERE run_id = ?", gateKey, dev.corpusqa.gate.DecisionJson.write(d), runId);
    }

    /**
     * A decision stored by a run that holds or shares the same rows as {@code runId}, made by a gate
     * with the same key; null when there is none. The rows are the same findings, so the decision is
     * the one a new pass over them would give.
     */
    public dev.corpusqa.gate.Gate.Decision storedDecision(long runId, String gateKey) {
        long holder = rows(runId);
        List<String> l = jdbc.queryForList("SELECT decision_json FROM qa_run WHERE (run_id = ? OR results_run = ?) AND gate_key = ?"
                + " AND decision_json IS NOT NULL ORDER BY run_id DESC", String.class, holder, holder, gateKey);
        if (l.isEmpty()) {
            return null;
        }
        return dev.corpusqa.gate.DecisionJson.read(l.get(0)); // null when written by another version: decide again
    }

    /** Record counts by rule and severity (findings and distinct documents) for a run; idempotent. */
    public void recordCounts(long runId) {
        jdbc.update("DELETE FROM qa_run_count WHERE run_id = ?", runId);
        long holder = rows(runId);
        if (holder != runId && !ruleCounts(holder).isEmpty()) {
            // the same rows as the run that holds them: the same counts, copied instead of counted again
            jdbc.update("INSERT INTO qa_run_count (run_id, rule_id, category, severity, findings, documents)"
                    + " SELECT ?, rule_id, category, severity, findings, documents FROM qa_run_count WHERE run_id = ?", runId, holder);
            return;
        }
        jdbc.update("INSERT INTO qa_run_count (run_id, rule_id, category, severity, findings, documents)"
                + " SELECT ?, rule_id, MIN(category), severity, COUNT(*), COUNT(DISTINCT doc_id) FROM qa_finding WHERE run_id = ?"
                + " GROUP BY rule_id, severity", runId, rows(runId));
    }

    public void recordDelta(long runId, Long previousRunId, Integer newFindings, Integer fixedFindings, int baselined) {
        jdbc.update("UPDATE qa_run SET previous_run_id = ?, new_findings = ?, fixed_findings = ?, baselined = ? WHERE run_id = ?",
                previousRunId, newFindings, fixedFindings, baselined, runId);
    }

    /** One row of recorded counts. */
    public record RuleCount(String ruleId, String category, String severity, int findings, int documents) {
    }

    public List<RuleCount> ruleCounts(long runId) {
        return jdbc.query("SELECT * FROM qa_run_count WHERE run_id = ? ORDER BY rule_id, severity", (rs, i) -> new RuleCount(
                rs.getString("rule_id"), rs.getString("category"), rs.getString("severity"), rs.getInt("findings"), rs.getInt("documents")), runId);
    }

    /** History columns of a run (null when not recorded): new, fixed, baselined, previous run id. */
    public record Delta(Integer newFindings, Integer fixedFindings, Integer baselined, Long previousRunId) {
    }

    public Delta delta(long runId) {
        List<Delta> l = jdbc.query("SELECT new_findings, fixed_findings, baselined, previous_run_id FROM qa_run WHERE run_id = ?",
                (rs, i) -> new Delta((Integer) rs.getObject(1, Integer.class), (Integer) rs.getObject(2, Integer.class),
                        (Integer) rs.getObject(3, Integer.class), (Long) rs.getObject(4, Long.class)), runId);
        return l.isEmpty() ? new Delta(null, null, null, null) : l.get(0);
    }

    // ---------------------------------------------------------------- incremental runs and streaming (performance)

    /**
     * Hand every finding of a run, streamed from the database (not held in a list), to {@code f} as
     * a one-pass {@link Iterable}: the gate counts millions of findings in constant memory.
     */
    public <T> T withFindings(long runId, java.util.function.Function<Iterable<Finding>, T> f) {
        return withFindings(runId, true, f);
    }

    /**
     * As {@link #withFindings(long, java.util.function.Function)}; {@code ordered = false} streams in
     * storage order, for passes that only count (the gate): no sort of every finding of the run.
     */
    public <T> T withFindings(long runId, boolean ordered, java.util.function.Function<Iterable<Finding>, T> f) {
        if (!ordered) {
            try (java.util.stream.Stream<Finding> s = new FindingRanges(rows(runId), maxDocId(runId), "", null, false).stream()) {
                return f.apply(s::iterator);
            }
        }
        try (java.util.stream.Stream<Finding> s = findingStream(runId, null)) {
            return f.apply(s::iterator);
        }
    }

    /** Insert scanned rows as they stream in, {@value #BATCH} at a time; call {@link DocumentInserter#flush()} at the end. */
    public DocumentInserter documentInserter(long runId) {
        return new DocumentInserter(runId);
    }

    /** Buffers scanned rows and inserts them in batches. */
    public final class DocumentInserter {
        private final long runId;
        private final List<DocumentRow> buffer = new ArrayList<>(BATCH);

        DocumentInserter(long runId) {
            this.runId = runId;
        }

        public void add(DocumentRow r) {
            buffer.add(r);
            if (buffer.size() >= BATCH) {
                flush();
            }
        }

        public void flush() {
            if (!buffer.isEmpty()) {
                insertDocuments(runId, buffer);
                buffer.clear();
            }
        }
    }

    /** The latest completed run over this corpus root with this configuration fingerprint, before {@code runId}; 0 if none. */
    public long previousCompletedRun(long runId, String corpusRoot, String fingerprint) {
        Long id = jdbc.queryForObject("SELECT MAX(run_id) FROM qa_run WHERE run_id < ? AND corpus_root = ? AND config_fingerprint = ? AND status = 'completed'",
                Long.class, runId, corpusRoot, fingerprint);
        return id == null ? 0 : id;
    }

    /** What an earlier run stored about a document, for reuse. */
    public record PreviousDocument(int docId, String path, long sizeBytes, long mtimeMillis, String sha256, String status, String factsJson,
            String problem) {
    }

    /**
     * The documents of {@code runId} with these paths, by path: one indexed lookup per path (H2 does
     * not narrow an index scan by an IN list on its second column, so one IN query scanned every
     * document of the run: quadratic on large corpora).
     */
    public Map<String, PreviousDocument> documentsByPath(long runId, java.util.Collection<String> paths) {
        Map<String, PreviousDocument> m = new java.util.HashMap<>();
        long rows = rows(runId);
        for (String path : paths) {
            jdbc.query("SELECT doc_id, path, size_bytes, mtime_millis, sha256, status, facts_json, problem FROM qa_document WHERE run_id = ? AND path = ?",
                    rs -> {
                        m.put(rs.getString(2), new PreviousDocument(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }, rows, path);
        }
        return m;
    }

    /** The documents of {@code runId} with {@code fromId <= doc_id <= toId}, by doc id (a primary-key range scan). */
    /**
     * The run's documents in id order (primary key order, no sort), without facts or problem: what
     * the unchanged-corpus check compares with a fresh listing, one streamed query for the corpus.
     * Close the stream.
     */
    public java.util.stream.Stream<PreviousDocument> documentStates(long runId) {
        return jdbc.queryForStream("SELECT doc_id, path, size_bytes, mtime_millis, sha256, status FROM qa_document WHERE run_id = ? ORDER BY doc_id",
                (rs, i) -> new PreviousDocument(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        null, null), rows(runId));
    }

    public Map<Integer, PreviousDocument> documentsById(long runId, int fromId, int toId) {
        Map<Integer, PreviousDocument> m = new java.util.HashMap<>();
        jdbc.query("SELECT doc_id, path, size_bytes, mtime_millis, sha256, status, facts_json, problem FROM qa_document WHERE run_id = ? AND doc_id >= ?"
                + " AND doc_id <= ?", rs -> {
                    m.put(rs.getInt(1), new PreviousDocument(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }, rows(runId), fromId, toId);
        return m;
    }

    /** The document-level findings (not corpus-level) of these documents of {@code runId}, by doc id. */
    public Map<Integer, List<Finding>> documentFindings(long runId, java.util.Collection<Integer> docIds) {
        Map<Integer, List<Finding>> m = new java.util.HashMap<>();
        List<Integer> l = new ArrayList<>(docIds);
        for (int i = 0; i < l.size(); i += BATCH) {
            List<Integer> part = l.subList(i, Math.min(l.size(), i + BATCH));
            String in = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            Object[] args = new Object[part.size() + 1];
            args[0] = rows(runId);
            for (int k = 0; k < part.size(); k++) {
                args[k + 1] = part.get(k);
            }
            jdbc.query("SELECT * FROM qa_finding WHERE run_id = ? AND corpus_level = FALSE AND doc_id IN (" + in + ") ORDER BY finding_id", rs -> {
                m.computeIfAbsent(rs.getInt("doc_id"), k -> new ArrayList<>()).add(FINDING.mapRow(rs, 0));
            }, args);
        }
        return m;
    }

    /**
     * The corpus did not change since {@code fromRun} (same files, sizes and modification times, same
     * configuration): this run's documents and findings are that run's. Nothing is copied: the run
     * points at the run holding the rows ({@code results_run}), and every read goes there. Rows this
     * run had inserted are dropped.
     */
    public void shareResults(long fromRun, long runId) {
        deleteDocuments(runId);
        long holder = rows(fromRun);
        jdbc.update("UPDATE qa_run SET results_run = ? WHERE run_id = ?", holder, runId);
        resultsRun.put(runId, holder);
    }

    /**
     * The run whose rows hold {@code runId}'s documents and findings: itself, or the earlier run it
     * shares them with (see {@link #shareResults}).
     */
    public long rows(long runId) {
        Long cached = resultsRun.get(runId);
        if (cached != null) {
            return cached;
        }
        List<Long> l = jdbc.query("SELECT results_run FROM qa_run WHERE run_id = ?", (rs, i) -> (Long) rs.getObject(1, Long.class), runId);
        long holder = l.isEmpty() || l.get(0) == null ? runId : l.get(0);
        if (holder != runId) {
            resultsRun.put(runId, holder); // only a shared run is cached: a run's own rows never move
        }
        return holder;
    }

    /** Record whether the scan numbered the run's documents in path order (see {@link #pathOrdered}). */
    public void markDocOrder(long runId, boolean pathOrdered) {
        jdbc.update("UPDATE qa_run SET doc_order = ? WHERE run_id = ?", pathOrdered ? "path" : null, runId);
    }

    /**
     * Whether the rows holding {@code runId}'s results were numbered in path order by their scan.
     * Then "ordered by path" is "ordered by doc_id", which the primary key and the (run_id, doc_id)
     * index give without a sort.
     */
    public boolean pathOrdered(long runId) {
        long holder = rows(runId);
        if (pathOrderedRuns.contains(holder)) {
            return true;
        }
        List<String> l = jdbc.queryForList("SELECT doc_order FROM qa_run WHERE run_id = ?", String.class, holder);
        boolean ordered = !l.isEmpty() && "path".equals(l.get(0));
        if (ordered) {
            pathOrderedRuns.add(holder); // the order of a scanned run never changes; an unscanned one may still be scanned
        }
        return ordered;
    }

    private final java.util.Set<Long> pathOrderedRuns = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Documents per read of {@link FindingRanges}. */
    static final int FINDING_RANGE = 1000;

    /**
     * A run's findings read {@value #FINDING_RANGE} documents at a time through the (run_id, doc_id)
     * index: in report order (path, line, column, rule, id) with {@code sort} for runs whose doc ids
     * follow their paths, each range sorted in memory, without an ORDER BY over all of them; in
     * storage order without {@code sort}, for passes that count (cheaper than a scan of the table,
     * which holds every run).
     * At 600k findings this is a fraction of H2's sort, which spills to a temporary file past its
     * in-memory row limit; memory holds one range.
     */
    private final class FindingRanges implements java.util.Iterator<Finding> {
        private final long holder;
        private final int maxDocId;
        private final String where;
        private final String category;
        private final boolean sort;
        private int nextLo = 0;
        private java.util.Iterator<Object[]> current = java.util.Collections.emptyIterator();

        FindingRanges(long holder, int maxDocId, String where, String category, boolean sort) {
            this.sort = sort;
            this.holder = holder;
            this.maxDocId = maxDocId;
            this.where = where;
            this.category = category;
        }

        java.util.stream.Stream<Finding> stream() {
            return java.util.stream.StreamSupport.stream(
                    java.util.Spliterators.spliteratorUnknownSize(this, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextLo <= maxDocId) {
                int lo = nextLo;
                nextLo += FINDING_RANGE;
                List<Object[]> rows = new ArrayList<>();
                Object[] args = category == null ? new Object[] {holder, lo, nextLo} : new Object[] {holder, lo, nextLo, category};
                jdbc.query("SELECT * FROM qa_finding WHERE run_id = ? AND doc_id >= ? AND doc_id < ?" + where, rs -> {
                    Finding f = FINDING.mapRow(rs, 0);
                    rows.add(new Object[] {rs.getInt("doc_id"), rs.getLong("finding_id"), f, rs.getString("fingerprint")});
                }, args);
                if (sort) {
                    rows.sort(RANGE_ORDER);
                }
                current = rows.iterator();
            }
            return current.hasNext();
        }

        @Override
        public Finding next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Object[] r = current.next();
            return Fingerprints.remember((Finding) r[2], (String) r[3]); // the slot holds the finding handed out now
        }
    }

    /** Doc id (path order), line, column, rule, finding id: the report order within a range. */
    private static final java.util.Comparator<Object[]> RANGE_ORDER = java.util.Comparator.<Object[]>comparingInt(r -> (Integer) r[0])
            .thenComparingInt(r -> ((Finding) r[2]).line()).thenComparingInt(r -> ((Finding) r[2]).column())
            .thenComparing(r -> ((Finding) r[2]).ruleId()).thenComparingLong(r -> (Long) r[1]);

    public void markReuse(long runId, long fromRun, String mode) {
        jdbc.update("UPDATE qa_run SET reused_from = ?, reuse_mode = ? WHERE run_id = ?", fromRun == 0 ? null : fromRun, mode, runId);
    }

    /** How this run reused an earlier one ({@code clone}, {@code partial}) or null. */
    public String reuseMode(long runId) {
        List<String> l = jdbc.queryForList("SELECT reuse_mode FROM qa_run WHERE run_id = ?", String.class, runId);
        return l.isEmpty() ? null : l.get(0);
    }

    public Long reusedFrom(long runId) {
        List<Long> l = jdbc.query("SELECT reused_from FROM qa_run WHERE run_id = ?", (rs, i) -> (Long) rs.getObject(1, Long.class), runId);
        return l.isEmpty() ? null : l.get(0);
    }

    /** Up to {@code limit} documents still to validate ({@code pending} or {@code unreadable}) with {@code afterId < doc_id <= maxId}. */
    public List<DocumentRow> documentsToValidate(long runId, int afterId, int maxId, int limit) {
        return jdbc.query("SELECT * FROM qa_document WHERE run_id = ? AND doc_id > ? AND doc_id <= ? AND status IN ('pending', 'unreadable')"
                + " ORDER BY doc_id FETCH FIRST " + limit + " ROWS ONLY", DOC, rows(runId), afterId, maxId);
    }

    /** Every document of a run, by id, streamed (nothing is held in memory). */
    public void forEachDocument(long runId, Consumer<DocumentRow> each) {
        jdbc.query("SELECT * FROM qa_document WHERE run_id = ? ORDER BY doc_id", rs -> {
            each.accept(DOC.mapRow(rs, 0));
        }, rows(runId));
    }

    /** Record content hashes computed by a step that read the files: pairs of doc id and hex SHA-256. */
    public void updateHashes(long runId, List<Object[]> docIdAndSha) {
        jdbc.batchUpdate("UPDATE qa_document SET sha256 = ? WHERE run_id = ? AND doc_id = ?", docIdAndSha, BATCH, (ps, r) -> {
            ps.setString(1, (String) r[1]);
            ps.setLong(2, runId);
            ps.setInt(3, (Integer) r[0]);
        });
    }

    /** Doc ids of these paths in a run. */
    public Map<String, Integer> docIds(long runId, java.util.Collection<String> paths) {
        Map<String, Integer> m = new java.util.HashMap<>();
        documentsByPath(runId, paths).forEach((p, d) -> m.put(p, d.docId()));
        return m;
    }

    public static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clip(String s, int n) {
        if (s == null || s.length() <= n) {
            return s;
        }
        return s.substring(0, n - 1) + "…";
    }
}
