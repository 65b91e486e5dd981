-- Four-eyes approval of overrides (docs/overrides.md): an override recorded in the console while
-- screening.console.overrides.four-eyes is on is PENDING until a second officer approves or
-- rejects it; only APPROVED overrides apply to decisions. Overrides recorded before, and those the
-- override command records, are APPROVED as they are written.
alter table screening_override add column status varchar(20) default 'APPROVED' not null;
alter table screening_override add column reviewed_by varchar(200);
alter table screening_override add column reviewed_at timestamp;
alter table screening_override add column review_reason varchar(4000);

create index screening_override_status on screening_override (status);
