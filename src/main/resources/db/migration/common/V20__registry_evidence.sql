-- Raw answers of the HTTP registries, kept as evidence for the retention period (DOMAIN 10).
-- subject_key is a SHA-256 of the subject's number (or name and birth date), never the number;
-- url has a personal identity number masked and never carries the token.
create table registry_evidence (
    id           varchar(36)      not null primary key,
    check_name   varchar(40)      not null,
    subject_key  varchar(64)      not null,
    url          varchar(2000)    not null,
    retrieved_at timestamp        not null,
    sha256       varchar(64)      not null,
    status       integer          not null,
    body         varchar(1000000) not null
);

create index registry_evidence_retrieved_at on registry_evidence (retrieved_at);
