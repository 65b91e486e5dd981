-- (The common and vendor folders share one sequence of versions: a new migration takes a version
-- above every existing one, V60 being in the vendor folders, or Flyway refuses databases that
-- already applied the higher ones.)
--
-- The PDF reads a run's results one decision at a time (EXCLUDE, then REVIEW, INCOMPLETE): with
-- this index each read walks only its own decision's rows in report order, instead of every row of
-- the run.
create index screening_party_result_decision on screening_party_result (run_id, decision, sort_key);
