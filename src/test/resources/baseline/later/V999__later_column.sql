-- A migration after the baseline's (SchemaBaselineTests): Flyway applies it on top of the baseline.
alter table schema_fingerprint add column noted_by varchar(20);
