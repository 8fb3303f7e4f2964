-- An incremental run over an unchanged corpus no longer copies the earlier run's documents and
-- findings: it points at the run that holds them (results_run), so a re-run costs a listing of the
-- corpus, not a copy of every row. NULL: the run holds its own rows.
ALTER TABLE qa_run ADD COLUMN results_run BIGINT;
