create table schema_fingerprint (
    fingerprint varchar(64) not null,
    recorded_at timestamp with time zone not null
);
