-- Run history (issue 8): counts by rule, category and severity for every run, and the delta
-- against the previous run, so `corpus-qa history` shows trends without re-reading findings.
-- Version 2.8 (not 2) so it cannot collide with other V2 migrations landing in parallel.

CREATE TABLE qa_run_count (
    run_id    BIGINT       NOT NULL,
    rule_id   VARCHAR(128) NOT NULL,
    category  VARCHAR(16)  NOT NULL,
    severity  VARCHAR(16)  NOT NULL,
    findings  INTEGER      NOT NULL,
    documents INTEGER      NOT NULL,
    PRIMARY KEY (run_id, rule_id, severity)
);

ALTER TABLE qa_run ADD COLUMN new_findings INTEGER;
ALTER TABLE qa_run ADD COLUMN fixed_findings INTEGER;
ALTER TABLE qa_run ADD COLUMN baselined INTEGER;
ALTER TABLE qa_run ADD COLUMN previous_run_id BIGINT;
