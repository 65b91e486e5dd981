-- The contract status index was a third B-tree for every contract row the import writes (beside
-- the row map and the primary key's index on H2), and only the re-check's list of contracted
-- parties read it once a run: that list now walks the primary key, whose first columns are the
-- same procurement and party, in the same order (docs/scaling.md, the import, issue 18).
drop index if exists intake_contract_status;
