-- 'path' when the scan numbered the run's documents in the order of their paths (the scanner checks
-- it as it goes): reports then read documents and findings by id ranges instead of sorting every
-- row by path (an external sort in H2 past its in-memory row limit). NULL: sort by path.
ALTER TABLE qa_run ADD COLUMN doc_order VARCHAR(16);
