-- Sworn statements (sanningsförsäkran) and vendor documents, one row per party, ground and input
-- line (docs/statements.md): a screening judges each exclusion ground with them
-- (docs/evidence.md). A re-check uses the latest import that brought any for the party.
create table intake_statement (
  import_id varchar(100) not null,
  line bigint not null,
  ground varchar(100) not null,
  party_key varchar(120) not null,
  kind varchar(30) not null,
  signed_by varchar(1000),
  statement_date date not null,
  applies boolean not null,
  persons varchar(100000),
  reference varchar(1000),
  issuer varchar(1000),
  valid_until date,
  file_name varchar(4000) not null,
  primary key (import_id, line, ground)
);

create index intake_statement_party on intake_statement (party_key, import_id);
