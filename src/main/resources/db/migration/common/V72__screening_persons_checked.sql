-- (Versions share one sequence with the vendor folders, see V61.)
--
-- How many persons each party's screening checked (its representatives, a sole trader's owner), so
-- every report can state it; null for results stored before runs counted them.
alter table screening_party_result add column persons_checked integer;

-- How many representatives a screen run's import read (null for a re-check, which imports
-- nothing): a run that read none says so on its first line and on the report's first page.
alter table screening_run add column representatives_read bigint;
