-- (Versions share one sequence with the vendor folders, see V61.)
--
-- An override judges evidence, not a party: the records of its rule's findings it judged (JSON list
-- of lines; null for overrides recorded before, which judged nothing), and the procurement it was
-- given for (null: every procurement). A run applies it only while its rule fires on those records.
alter table screening_override add column procurement_id varchar(100);
alter table screening_override add column covers varchar(1000000);
