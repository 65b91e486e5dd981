-- The representatives an import brought in are counted from its representatives file (rows read
-- less rows rejected); the per-import copy of every representative key was written only to be
-- counted, and was a third of the import's index work.
drop table intake_import_representative;
