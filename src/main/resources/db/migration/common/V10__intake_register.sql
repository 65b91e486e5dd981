-- The contract register: procurements, their parties, contracts and the companies' representatives.
-- Keys are natural (case number, party key) so that importing the same list again is an upsert
-- that changes nothing.

create table intake_procurement (
  procurement_id varchar(100) not null primary key,
  procurement_type varchar(10) not null,
  title varchar(1000)
);

-- party_key: the identity number's canonical digits, or CC:foreign_id for a foreign party.
create table intake_party (
  procurement_id varchar(100) not null,
  party_key varchar(120) not null,
  identity_number varchar(12),
  country varchar(2) not null,
  foreign_id varchar(100),
  name varchar(1000) not null,
  role varchar(20) not null,
  parent_key varchar(120),
  primary key (procurement_id, party_key)
);

create table intake_contract (
  procurement_id varchar(100) not null,
  party_key varchar(120) not null,
  contract_id varchar(100) not null,
  status varchar(10) not null,
  start_date date,
  end_date date,
  annual_value_sek numeric(18, 2),
  primary key (procurement_id, party_key, contract_id)
);

create index intake_contract_status on intake_contract (status, procurement_id, party_key);

-- Representatives belong to a company (party_key), whatever procurement it tenders in.
-- person_key: the personal identity number's 12 digits, or name|birth date for a foreign person.
create table intake_representative (
  party_key varchar(120) not null,
  person_key varchar(1100) not null,
  role varchar(20) not null,
  person_id varchar(12),
  name varchar(1000) not null,
  birth_date date,
  primary key (party_key, person_key, role)
);

create table intake_import (
  import_id varchar(100) not null primary key,
  started_at timestamp not null,
  finished_at timestamp
);

-- file_kind: VENDORS or REPRESENTATIVES.
create table intake_import_file (
  import_id varchar(100) not null,
  file_kind varchar(20) not null,
  path varchar(4000) not null,
  sha256 varchar(64) not null,
  rows_read bigint not null,
  primary key (import_id, file_kind)
);

create table intake_import_party (
  import_id varchar(100) not null,
  procurement_id varchar(100) not null,
  party_key varchar(120) not null,
  primary key (import_id, procurement_id, party_key)
);

create table intake_import_representative (
  import_id varchar(100) not null,
  party_key varchar(120) not null,
  person_key varchar(1100) not null,
  role varchar(20) not null,
  primary key (import_id, party_key, person_key, role)
);

-- reason_code and reason_arguments are rendered in the reader's language when read.
create table intake_rejected_row (
  import_id varchar(100) not null,
  file_kind varchar(20) not null,
  line bigint not null,
  file_name varchar(4000) not null,
  column_name varchar(200) not null,
  cell_value varchar(4000) not null,
  reason_code varchar(200) not null,
  reason_arguments varchar(4000) not null,
  primary key (import_id, file_kind, line)
);
