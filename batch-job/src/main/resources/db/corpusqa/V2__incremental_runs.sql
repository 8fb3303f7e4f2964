-- Incremental runs: which earlier run a run reused results from, and how
-- ('clone': corpus unchanged, every result copied; 'partial': unchanged files reused per document).
ALTER TABLE qa_run ADD COLUMN reused_from BIGINT;
ALTER TABLE qa_run ADD COLUMN reuse_mode VARCHAR(16);
CREATE INDEX qa_run_root_fingerprint ON qa_run (corpus_root, config_fingerprint, status);
CREATE INDEX qa_document_run_status ON qa_document (run_id, status, doc_id);
