-- People: what each retention run removed, so the deletion itself is accountable: which record of
-- which person, of which category, never its content.
create table retention_run (
    id          uuid primary key,
    ran_at      timestamptz not null default now(),
    started_by  varchar(60) not null,
    removed     integer     not null
);

create table retention_removal (
    run_id      uuid         not null references retention_run (id) on delete cascade,
    person_id   uuid         not null,
    record_type varchar(30)  not null,
    record_id   varchar(100) not null,
    category    varchar(30)  not null
);
create index retention_removal_run_ix on retention_removal (run_id);
