-- Every finding names the exclusion grounds it is about (ESPD/eForms criterion codes, sorted and
-- |-separated) and the evidence it rests on (JSON list: kind, registry, reference, issuer, date,
-- declared_by, declaration), docs/evidence.md. Null for findings stored before: read back as the
-- grounds of their rule and a registry answer from their source.
alter table screening_finding add column exclusion_grounds varchar(4000);
alter table screening_finding add column evidence_basis varchar(1000000);
