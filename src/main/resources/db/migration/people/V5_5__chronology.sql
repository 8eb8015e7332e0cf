-- People: the merged chronology, significant events across agencies. Each entry names its source
-- agency and author, says whether it is fact or professional opinion and where it comes from, and
-- carries the information category of its content, which decides who sees it.
create table chronology_entry (
    id               uuid primary key,
    person_id        uuid          not null references person (id) on delete cascade,
    occurred_on      date          not null,
    type             varchar(20)   not null check (type in ('INCIDENT', 'ASSESSMENT', 'REFERRAL', 'MEETING', 'ADMISSION',
                                                          'COURT', 'MOVE', 'CONTACT', 'OTHER')),
    summary          varchar(2000) not null,
    kind             varchar(10)   not null check (kind in ('FACT', 'OPINION')),
    category         varchar(30)   not null,
    provenance       varchar(500),
    source_agency_id uuid          not null references agency (id),
    author_user_id   uuid references app_user (id),
    author_name      varchar(200)  not null,
    recorded_at      timestamptz   not null default now()
);
create index chronology_person_ix on chronology_entry (person_id, occurred_on);
