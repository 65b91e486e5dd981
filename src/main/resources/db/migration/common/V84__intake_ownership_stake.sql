-- The rows of the ownership files screen runs were given (screen --owners, docs/ownership.md), kept
-- for every import: the register's history of who owned what, as each file said it. The re-check's
-- relationship graph reads, for each owned organisation, the rows of the latest import whose file
-- named it (intake_import.started_at), so a newer file that leaves an owner out ends that stake.
create table intake_ownership_stake (
  import_id varchar(100) not null,
  line bigint not null,
  owner_id varchar(1000),
  owner_name varchar(1000),
  owned_key varchar(120) not null,
  share_percent numeric(20, 10) not null,
  owner_country varchar(2) not null,
  registered_on date,
  primary key (import_id, line)
);

create index intake_ownership_stake_owned on intake_ownership_stake (owned_key, import_id);
