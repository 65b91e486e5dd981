-- The parties a re-check follows: every party with an ACTIVE contract (tier 0) and every
-- subcontractor below one, at any tier (a subcontractor of a subcontractor ... of a contracted
-- vendor). Derived from intake_party and intake_contract by the relationship graph at the start of
-- every re-check (docs/scheduling.md), which replaces the whole table in one transaction.
create table intake_followed_party (
  procurement_id varchar(100) not null,
  party_key varchar(120) not null,
  tier integer not null,
  primary key (procurement_id, party_key)
);
