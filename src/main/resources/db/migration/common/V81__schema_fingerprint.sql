-- The fingerprint of the migrations that last migrated this schema (SchemaFingerprint,
-- docs/launcher.md): a start whose scripts give the same one need not have Flyway check them.
create table schema_fingerprint (
    fingerprint varchar(64) not null,
    recorded_at timestamp with time zone not null
);
