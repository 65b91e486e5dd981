-- The PDF reads a run's results one decision at a time (EXCLUDE, then REVIEW, INCOMPLETE): with
-- this index each read walks only its own decision's rows in report order, instead of every row of
-- the run.
create index screening_party_result_decision on screening_party_result (run_id, decision, sort_key);
