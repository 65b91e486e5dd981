-- A row problem no longer always drops the row: a bad contract field is ignored and the party is
-- still screened. One row may now have several entries (one per ignored field), each saying what
-- it did to the party, and a rejected row keeps the party's number and name as far as they were
-- read, so reports can list the parties that were not screened.
alter table intake_rejected_row add column effect varchar(30) default 'PARTY_NOT_SCREENED' not null;
alter table intake_rejected_row add column party_org_no varchar(200) default '' not null;
alter table intake_rejected_row add column party_name varchar(1000) default '' not null;
update intake_rejected_row set effect = 'REPRESENTATIVE_NOT_CHECKED' where file_kind = 'REPRESENTATIVES';
alter table intake_rejected_row drop constraint intake_rejected_row_pkey;
alter table intake_rejected_row add primary key (import_id, file_kind, line, column_name);
