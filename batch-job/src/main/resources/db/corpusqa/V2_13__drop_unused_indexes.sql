-- Two indexes no query uses, each updated on every insert: (run_id, rule_id) on findings (counts by
-- rule scan the run's findings anyway) and sha256 on documents (it served a reuse lookup by content
-- hash that incremental runs no longer make: they match by path within the earlier run).
DROP INDEX qa_finding_run_rule;
DROP INDEX qa_document_sha;
