-- The gate's decision is stored with a key of the gate's inputs (failOn, allowed count, minScore,
-- warn/fail levels, baseline). A run that shares an earlier run's rows (an unchanged re-run) and
-- meets the same gate reuses that decision instead of reading every finding again.
ALTER TABLE qa_run ADD COLUMN gate_key VARCHAR(64);
ALTER TABLE qa_run ADD COLUMN decision_json VARCHAR(1000000);
